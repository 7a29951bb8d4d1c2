import type { IsoDate } from '../shared/iso-date';
import { rateHistory, rateOn } from '../rates';

/**
 * The Statutory Sick Pay figures, read from the rates table, and the one rule that the table does
 * not hold yet.
 *
 * Social Security Contributions and Benefits Act 1992 (SSCBA), Part XI
 * (https://www.legislation.gov.uk/ukpga/1992/4/part/XI), as amended by the statutory sick pay
 * sections of the Employment Rights Act 2025 (from s.10,
 * https://www.legislation.gov.uk/ukpga/2025/36/section/10), in force on 6 April 2026 by
 * SI 2026/373. The reform date is not typed here: it is the first day the rates table has an
 * `ssp.earnings_percent` row (the 80% rule); waiting days come from `ssp.waiting_days` per day.
 */

/**
 * Before the reform a period of incapacity for work (PIW) had to be at least four consecutive days
 * (SSCBA s.152(2) before amendment); from 6 April 2026 one day is enough (ERA 2025 s.10(3)(b)).
 * Held here because the rates table has no key for it; see the report that asked for
 * `ssp.piw_min_days`.
 */
export const PIW_MINIMUM_DAYS_BEFORE_REFORM = 4;

/** Units of a week small enough that a day's share (1/q of a week, q = 1..7) and 0.01 week are whole. */
export const WEEK_UNITS = 42_000;

export interface SspRules {
  /** First day of the 2026 rules (no lower earnings limit, 80% cap, no waiting days). */
  reformDate: IsoDate;
  maxWeeks: number;
  linkingDays: number;
}

export function sspRules(date: IsoDate): SspRules | undefined {
  const reform = rateHistory('ssp.earnings_percent')[0];
  const maxWeeks = rateOn('ssp.max_weeks', date);
  const linkingDays = rateOn('ssp.linking_days', date);
  if (!reform || !maxWeeks || !linkingDays) return undefined;
  return { reformDate: reform.from, maxWeeks: maxWeeks.value, linkingDays: linkingDays.value };
}

/** What the table says for one day of sickness. */
export interface DayFigures {
  flatWeeklyPence: number;
  waitingDays: number;
  /** Basis points of average weekly earnings, when the 80% rule is in force on the day. */
  earningsPercentBp?: number;
}

export function dayFigures(date: IsoDate): DayFigures | undefined {
  const flat = rateOn('ssp.weekly_flat', date);
  const waiting = rateOn('ssp.waiting_days', date);
  if (!flat || !waiting) return undefined;
  const percent = rateOn('ssp.earnings_percent', date);
  return percent
    ? { flatWeeklyPence: flat.value, waitingDays: waiting.value, earningsPercentBp: percent.value }
    : { flatWeeklyPence: flat.value, waitingDays: waiting.value };
}

export function lowerEarningsLimitOn(date: IsoDate): number | undefined {
  return rateOn('ni.lower_earnings_limit_weekly', date)?.value;
}
