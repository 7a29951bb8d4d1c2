import { normaliseNumberText, splitDecimal, splitSign, trimZeros, withoutGroupSpaces } from './text-number';

export type NumberProblem = 'required' | 'not-a-number' | 'not-whole' | 'too-many-decimals' | 'negative' | 'too-large';

export type NumberParse = { ok: true; value: number } | { ok: false; problem: NumberProblem };

interface Limits {
  /** Largest value accepted. */
  max: number;
  /** Decimal places allowed; 0 for a whole number. */
  decimals?: number;
}

/**
 * A count or quantity people type: an age, days, weeks in a year ("52.14"), days a week ("2.5").
 * Decimal commas are accepted ("2,5"), as are commas grouping thousands. Whole numbers report
 * 'not-whole' for any fraction, other numbers 'too-many-decimals' past `decimals` places.
 */
export function parseNumber(text: string, { max, decimals = 0 }: Limits): NumberParse {
  const s = withoutGroupSpaces(normaliseNumberText(text));
  if (s === '') return { ok: false, problem: 'required' };
  const { negative, rest } = splitSign(s);
  const parts = splitDecimal(rest);
  if (!parts) return { ok: false, problem: 'not-a-number' };
  const fraction = parts.fraction.replace(/0+$/, '');
  if (fraction.length > decimals) return { ok: false, problem: decimals === 0 ? 'not-whole' : 'too-many-decimals' };
  const whole = trimZeros(parts.whole);
  if (whole.length > 12) return { ok: false, problem: 'too-large' };
  const scale = 10 ** fraction.length;
  const value = (Number(whole) * scale + Number(fraction || '0')) / scale;
  if (negative && value !== 0) return { ok: false, problem: 'negative' };
  if (value > max) return { ok: false, problem: 'too-large' };
  return { ok: true, value };
}
