import { isIsoDate, type IsoDate } from './iso-date';

/**
 * Field checks shared by the calculators. Values arrive from forms, so anything may be missing
 * or the wrong type: each check records a code the UI translates and never throws.
 *
 * Codes: 'required', 'not-a-number', 'not-whole', 'negative', 'zero', 'too-large',
 * 'too-many-decimals', 'not-a-date'.
 */
export interface FieldError {
  field: string;
  code: string;
}

export interface Step {
  id: string;
  values: Record<string, number | string>;
}

export type Invalid = { ok: false; errors: FieldError[] };

function isMissing(value: unknown): boolean {
  return value === undefined || value === null || value === '';
}

/** A whole number from `min` (0 or 1) to `max`; returns it, or undefined after recording why not. */
export function wholeNumber(
  value: unknown,
  field: string,
  errors: FieldError[],
  limits: { min: 0 | 1; max: number },
): number | undefined {
  const code =
    numberProblem(value, limits.max) ??
    (!Number.isInteger(value) ? 'not-whole' : value === 0 && limits.min === 1 ? 'zero' : null);
  if (code) {
    errors.push({ field, code });
    return undefined;
  }
  return value as number;
}

/** Like `wholeNumber`, but a blank field gives `fallback`. */
export function optionalWholeNumber(
  value: unknown,
  field: string,
  errors: FieldError[],
  limits: { min: 0 | 1; max: number; fallback: number },
): number | undefined {
  if (value === undefined || value === null || value === '') return limits.fallback;
  return wholeNumber(value, field, errors, limits);
}

/**
 * A number with at most `decimals` decimal places, returned scaled to a whole number
 * (2.5 days with 2 decimals → 250), so later arithmetic stays in integers.
 */
export function scaledDecimal(
  value: unknown,
  field: string,
  errors: FieldError[],
  limits: { decimals: number; min: 0 | 1; max: number },
): number | undefined {
  const problem = numberProblem(value, limits.max);
  if (problem) {
    errors.push({ field, code: problem });
    return undefined;
  }
  const scale = 10 ** limits.decimals;
  const scaled = Math.round((value as number) * scale);
  // A tolerance well below one unit of the last decimal absorbs binary noise (0.1 + 0.2).
  const code =
    Math.abs((value as number) * scale - scaled) > 1e-6
      ? 'too-many-decimals'
      : scaled === 0 && limits.min === 1
        ? 'zero'
        : null;
  if (code) {
    errors.push({ field, code });
    return undefined;
  }
  return scaled;
}

function numberProblem(value: unknown, max: number): string | null {
  if (isMissing(value)) return 'required';
  if (typeof value !== 'number' || !Number.isFinite(value)) return 'not-a-number';
  if (value < 0) return 'negative';
  if (value > max) return 'too-large';
  return null;
}

/** A required ISO date; returns it, or undefined after recording why not. */
export function requiredDate(value: unknown, field: string, errors: FieldError[]): IsoDate | undefined {
  if (isMissing(value)) {
    errors.push({ field, code: 'required' });
    return undefined;
  }
  if (!isIsoDate(value)) {
    errors.push({ field, code: 'not-a-date' });
    return undefined;
  }
  return value;
}

/** An optional ISO date: undefined when left blank, recorded as an error when not a date. */
export function optionalDate(value: unknown, field: string, errors: FieldError[]): IsoDate | undefined {
  if (isMissing(value)) return undefined;
  return requiredDate(value, field, errors);
}

/** Integer division rounded up, for non-negative numerators and positive denominators. */
export function ceilDiv(numerator: number, denominator: number): number {
  return Math.floor((numerator + denominator - 1) / denominator);
}
