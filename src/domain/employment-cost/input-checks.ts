import { isIsoDate, type IsoDate } from '../shared/iso-date';

/**
 * Field checks for the employment cost calculators. Values arrive from forms, so anything may be missing
 * or the wrong type: each check records a code the UI translates and never throws.
 *
 * Codes: 'required', 'not-a-number', 'not-whole', 'negative', 'zero', 'too-large', 'not-a-date'.
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

/** A whole number from `min` to `max`; returns it, or undefined after recording why not. */
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

/** Integer division rounded up, for non-negative numerators and positive denominators. */
export function ceilDiv(numerator: number, denominator: number): number {
  return Math.floor((numerator + denominator - 1) / denominator);
}
