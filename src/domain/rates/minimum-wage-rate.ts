import { isIsoDate, type IsoDate } from '../shared/iso-date';
import { rateOn } from './rate-table';
import type { MinimumWageBand } from './types';

export type MinimumWageRate =
  | {
      ok: true;
      band: MinimumWageBand;
      pencePerHour: number;
      from: IsoDate;
      to: IsoDate | null;
      source: string;
    }
  | { ok: false; reason: 'before-table' | 'under-minimum-age' | 'invalid-date' };

/**
 * The age range each age band covers. At any date the bands that have a row in force split ages
 * 16 and over without overlap (for example 25+, 21–24, 18–20, 16–17 from April 2016), so the
 * band for an age is simply the one in force whose range contains it. That keeps the history of
 * the National Living Wage age threshold (25, then 23 from April 2021, 21 from April 2024) in
 * the data rather than in code.
 */
const AGE_BANDS: readonly { band: Exclude<MinimumWageBand, 'apprentice'>; min: number; max: number }[] = [
  { band: '25_and_over', min: 25, max: Infinity },
  { band: '23_and_over', min: 23, max: Infinity },
  { band: '21_and_over', min: 21, max: Infinity },
  { band: '21_to_24', min: 21, max: 24 },
  { band: '21_to_22', min: 21, max: 22 },
  { band: '18_to_20', min: 18, max: 20 },
  { band: '16_to_17', min: 16, max: 17 },
];

/** The youngest age the minimum wage applies to (workers above compulsory school age). */
const MINIMUM_AGE = 16;
/** Apprentices under this age get the apprentice rate for the whole apprenticeship. */
const APPRENTICE_ANY_YEAR_UNDER = 19;

/**
 * The minimum hourly rate for a worker of `age` on `date`. Callers checking a pay reference
 * period pass its first day and the worker's age on that day: a new rate, or a birthday that
 * moves the worker into another band, only applies from the next period that starts after it
 * (HMRC National Minimum Wage Manual NMWM03080).
 *
 * The apprentice rate applies to apprentices under 19, and to apprentices aged 19 or over in the
 * first year of their apprenticeship; other apprentices get the rate for their age
 * (https://www.gov.uk/national-minimum-wage-rates).
 */
export function minimumWageRateFor(input: {
  date: IsoDate;
  age: number;
  apprentice?: { inFirstYear: boolean };
}): MinimumWageRate {
  const { date, apprentice } = input;
  // The bands speak of whole years of age; a fractional age would otherwise fall between bands.
  const age = Math.floor(input.age);
  if (!isIsoDate(date)) return { ok: false, reason: 'invalid-date' };
  // Written as a negated test so NaN counts as too young rather than slipping through.
  if (!(age >= MINIMUM_AGE)) return { ok: false, reason: 'under-minimum-age' };

  const onApprenticeRate =
    apprentice !== undefined && (age < APPRENTICE_ANY_YEAR_UNDER || apprentice.inFirstYear);
  const candidates = onApprenticeRate
    ? [{ band: 'apprentice' as const, min: MINIMUM_AGE, max: Infinity }]
    : AGE_BANDS.filter((range) => age >= range.min && age <= range.max);

  for (const { band } of candidates) {
    const row = rateOn(`nmw.${band}`, date);
    if (row) {
      return { ok: true, band, pencePerHour: row.value, from: row.from, to: row.to, source: row.source };
    }
  }
  // No band has a row: the date is before October 2015, where this table starts.
  return { ok: false, reason: 'before-table' };
}

/**
 * The accommodation offset in force on `date`: the most that accommodation provided by the
 * employer can count towards minimum wage pay, per day and per week (weekly = 7 × daily,
 * NMWM03080; https://www.gov.uk/national-minimum-wage-accommodation).
 */
export function accommodationOffsetOn(date: IsoDate):
  | { dailyPence: number; weeklyPence: number; from: IsoDate; to: IsoDate | null; source: string }
  | undefined {
  const daily = rateOn('nmw.accommodation_offset_daily', date);
  const weekly = rateOn('nmw.accommodation_offset_weekly', date);
  if (!daily || !weekly) return undefined;
  return {
    dailyPence: daily.value,
    weeklyPence: weekly.value,
    from: daily.from,
    to: daily.to,
    source: daily.source,
  };
}
