/**
 * Money is integer pence everywhere in the domain. These helpers do the few operations that need
 * rounding, and say which way they round, so no floating-point pounds ever appear.
 */
export type Pence = number;

/** Rounds half away from zero to a whole number of pence. */
export function roundPence(value: number): Pence {
  return Math.sign(value) * Math.round(Math.abs(value));
}

/** `amount × numerator ÷ denominator`, rounded to the nearest penny (half up). */
export function scalePence(amount: Pence, numerator: number, denominator: number): Pence {
  if (denominator === 0) throw new RangeError('Cannot divide by zero');
  return roundPence((amount * numerator) / denominator);
}

/** A percentage held as basis points (hundredths of a percent: 1207 = 12.07%) applied to pence. */
export function percentOf(amount: Pence, basisPoints: number): Pence {
  return scalePence(amount, basisPoints, 10_000);
}

export function sumPence(values: readonly Pence[]): Pence {
  return values.reduce((total, value) => total + value, 0);
}
