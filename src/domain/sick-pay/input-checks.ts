import { isIsoDate, type IsoDate } from '../shared/iso-date';

/**
 * Field checks for the sick pay calculator. Values arrive from forms, so anything may be missing
 * or the wrong type: each check records a code the UI translates and never throws.
 *
 * Codes: 'required', 'not-a-number', 'not-whole', 'negative', 'too-large', 'too-many-decimals',
 * 'not-a-date'.
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

/** A whole number from 0 to `max`; returns it, or undefined after recording why not. */
export function wholeNumber(value: unknown, field: string, errors: FieldError[], max: number): number | undefined {
  const code = numberProblem(value, max) ?? (Number.isInteger(value) ? null : 'not-whole');
  if (code) {
    errors.push({ field, code });
    return undefined;
  }
  return value as number;
}

/**
 * A non-negative number with at most `decimals` decimal places, returned scaled to a whole number
 * (3.4 weeks with 2 decimals → 340), so later arithmetic stays in integers.
 */
export function scaledDecimal(value: unknown, field: string, errors: FieldError[], decimals: number): number | undefined {
  const scale = 10 ** decimals;
  // A tolerance well below one unit of the last decimal absorbs binary noise (0.1 + 0.2).
  const code =
    numberProblem(value, Infinity) ??
    (Math.abs((value as number) * scale - Math.round((value as number) * scale)) > 1e-6 ? 'too-many-decimals' : null);
  if (code) {
    errors.push({ field, code });
    return undefined;
  }
  return Math.round((value as number) * scale);
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
