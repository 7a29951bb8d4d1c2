import { isIsoDate, type IsoDate } from '../../../domain/shared/iso-date';

/** What a GOV.UK-style date input holds: the three boxes exactly as typed. */
export interface DateParts {
  day: string;
  month: string;
  year: string;
}

export const EMPTY_DATE: DateParts = { day: '', month: '', year: '' };

export type DatePart = keyof DateParts;

export type DateProblem =
  | 'required'
  | 'missing-day'
  | 'missing-month'
  | 'missing-year'
  | 'missing-day-month'
  | 'missing-day-year'
  | 'missing-month-year'
  | 'not-a-number'
  | 'year-four-digits'
  | 'not-a-date';

export type DateParse = { ok: true; date: IsoDate } | { ok: false; problem: DateProblem; parts: DatePart[] };

const ORDER: readonly DatePart[] = ['day', 'month', 'year'];

function clean(text: string): string {
  return text.normalize('NFKC').trim();
}

/**
 * Turns the three boxes into an ISO date, or says what is wrong and which boxes to highlight.
 * Impossible dates (31 February, month 13, day 0) are refused, never rolled over into another
 * month the way JavaScript's Date would.
 */
export function parseDateParts(parts: DateParts | undefined): DateParse {
  const value = { day: clean(parts?.day ?? ''), month: clean(parts?.month ?? ''), year: clean(parts?.year ?? '') };
  const missing = ORDER.filter((part) => value[part] === '');
  if (missing.length === 3) return { ok: false, problem: 'required', parts: [...ORDER] };
  if (missing.length > 0) return { ok: false, problem: `missing-${missing.join('-')}` as DateProblem, parts: missing };
  const notNumbers = ORDER.filter((part) => !/^\d+$/.test(value[part]));
  if (notNumbers.length > 0) return { ok: false, problem: 'not-a-number', parts: notNumbers };
  if (value.year.length !== 4) return { ok: false, problem: 'year-four-digits', parts: ['year'] };
  const iso = `${value.year}-${value.month.padStart(2, '0')}-${value.day.padStart(2, '0')}`;
  if (value.day.length > 2 || value.month.length > 2 || !isIsoDate(iso)) {
    const day = Number(value.day);
    const month = Number(value.month);
    const badMonth = month < 1 || month > 12;
    return { ok: false, problem: 'not-a-date', parts: badMonth ? ['month'] : day < 1 || day > 31 ? ['day'] : ['day', 'month'] };
  }
  return { ok: true, date: iso };
}

export function isEmptyDate(parts: DateParts | undefined): boolean {
  return !parts || ORDER.every((part) => clean(parts[part]) === '');
}

/** An ISO date back into the boxes, for filling a form from a saved answer. */
export function isoToDateParts(date: IsoDate): DateParts {
  const [year = '', month = '', day = ''] = date.split('-');
  return { day: String(Number(day)), month: String(Number(month)), year };
}

export function isDateParts(value: unknown): value is DateParts {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return ORDER.every((part) => typeof record[part] === 'string');
}
