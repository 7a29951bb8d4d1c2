import { compareDates, isIsoDate, isWithin, type IsoDate } from '../shared/iso-date';
import { employmentEndingRows } from './data/employment-ending';
import { holidayRows } from './data/holiday';
import { insuranceAndVettingRows } from './data/insurance-and-vetting';
import { livingWageRows } from './data/living-wage';
import {
  accommodationOffsetRows,
  minimumWageRows,
  minimumWageRuleRows,
} from './data/minimum-wage';
import { nationalInsuranceRows } from './data/national-insurance';
import { pensionRows } from './data/pensions';
import { sickPayRows } from './data/sick-pay';
import type { RateRow } from './types';

const ALL_ROWS: readonly RateRow[] = [
  ...minimumWageRows,
  ...accommodationOffsetRows,
  ...minimumWageRuleRows,
  ...livingWageRows,
  ...holidayRows,
  ...sickPayRows,
  ...nationalInsuranceRows,
  ...pensionRows,
  ...insuranceAndVettingRows,
  ...employmentEndingRows,
];

/** Rows grouped by key, each group sorted by start date and frozen so callers cannot edit them. */
const ROWS_BY_KEY: ReadonlyMap<string, readonly RateRow[]> = (() => {
  const grouped = new Map<string, RateRow[]>();
  for (const row of ALL_ROWS) {
    const rows = grouped.get(row.key) ?? [];
    rows.push(Object.freeze({ ...row }));
    grouped.set(row.key, rows);
  }
  const sorted = new Map<string, readonly RateRow[]>();
  for (const [key, rows] of grouped) {
    sorted.set(key, Object.freeze(rows.sort((a, b) => compareDates(a.from, b.from))));
  }
  return sorted;
})();

/** Every key that has at least one row, in alphabetical order. */
export const RATE_KEYS: readonly string[] = Object.freeze([...ROWS_BY_KEY.keys()].sort());

export function isRateKey(key: string): boolean {
  return ROWS_BY_KEY.has(key);
}

/** All rows of a key, oldest first; an empty list for an unknown key. */
export function rateHistory(key: string): readonly RateRow[] {
  return ROWS_BY_KEY.get(key) ?? [];
}

/** The row of `key` in force on `date` (from ≤ date ≤ to), or undefined when none is. */
export function rateOn(key: string, date: IsoDate): RateRow | undefined {
  if (!isIsoDate(date)) return undefined;
  return rateHistory(key).find((row) => isWithin(date, row.from, row.to));
}
