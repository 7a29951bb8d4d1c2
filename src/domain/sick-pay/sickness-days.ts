import { addDays, compareDates, dayOfWeek, type IsoDate } from '../shared/iso-date';
import { ceilDiv } from '../shared/input-checks';
import type { Spell } from './linked-series';
import { dayFigures, WEEK_UNITS, type SspRules } from './ssp-rules';

/**
 * Decides, day by day through a linked series of PIWs, whether SSP is due and at what daily rate.
 * Each day is judged by the rules in force on that day, which is how a spell that runs across
 * 6 April picks up the new flat rate (and, from 6 April 2026, the new rules) part way through.
 *
 * - Only qualifying days (the days the employee normally works) can be paid (SSCBA s.154).
 * - Waiting days: the first `ssp.waiting_days` qualifying days of the linked series are unpaid
 *   (s.155(1)); from 6 April 2026 the table gives 0, so anyone still serving waiting days on that
 *   day is paid from the first qualifying day on or after it (DWP transitional guidance for
 *   SI 2026/373).
 * - Before the reform, average weekly earnings below the lower earnings limit in force at the
 *   start of the series mean no SSP (SSCBA Sch.11 para 2(c)); from the reform there is no earnings
 *   test, so someone below the limit is paid from the first qualifying day on or after it.
 * - Daily rate = weekly rate ÷ qualifying days in the week (s.157(3)), cut to a hundredth of a
 *   penny as HMRC's unrounded daily rates are (GOV.UK SSP calculator, alphagov/smart-answers).
 *   Weekly rate: the flat rate in force on the day; from the reform, the lower of that and 80% of
 *   average weekly earnings, rounded up to a whole penny (we found no SSP rounding rule; rounding up
 *   follows the rule for statutory maternity pay, SI 1986/1960 reg 28).
 * - Transitional protection: someone already paid SSP in a spell that is still running on the
 *   reform date keeps the flat rate, without the 80% cap, until that spell ends (DWP transitional
 *   guidance, February 2026).
 * - Maximum: 28 weeks (`ssp.max_weeks`) in a linked series (s.155(4)); each paid day uses 1/q of a
 *   week. A last day that only partly fits is paid in proportion.
 *
 * Not modelled: the transitional rule that pays £0 to someone continuously absent since before
 * 22 September 2025 who only became entitled on 6 April 2026 (no rates key holds that date).
 */
export type DayStatus = 'paid' | 'waiting' | 'not-qualifying' | 'below-lel' | 'maximum-reached';

export interface SicknessDay {
  date: IsoDate;
  spellIndex: number;
  status: DayStatus;
  /** Weekly rate behind the day's pay, in pence, for paid days. */
  weeklyRatePence?: number;
  /** Pay for the day in hundredths of a penny (before the weekly round-up). */
  centipence?: number;
  /** True when the day is paid at the flat rate under transitional protection. */
  protectedRate?: boolean;
}

export interface SeriesInput {
  /** The linked series, oldest first; the last spell is the one being calculated. */
  spells: readonly Spell[];
  qualifyingDays: readonly number[];
  averageWeeklyEarningsPence: number;
  rules: SspRules;
  /** Lower earnings limit at the series start; 0 when the series starts on or after the reform. */
  lowerEarningsLimitPence: number;
  /** Weeks already paid (in WEEK_UNITS) when the user gives them instead of earlier spells. */
  priorUnits: number | undefined;
}

/**
 * The caller checks that the rates table covers the first day of the series; SSP rows run on
 * without gaps from there (rates/data/series.ts), so a missing day is a broken table and throws.
 */
export function sicknessDays(input: SeriesInput): SicknessDay[] {
  const { spells, rules, averageWeeklyEarningsPence: awe } = input;
  const perWeek = input.qualifyingDays.length;
  const dayUnits = WEEK_UNITS / perWeek;
  const maxUnits = rules.maxWeeks * WEEK_UNITS;
  const currentIndex = spells.length - 1;
  let used = input.priorUnits ?? 0;
  let qualifyingSoFar = 0;
  const days: SicknessDay[] = [];

  for (const [spellIndex, spell] of spells.entries()) {
    const countsUsage = input.priorUnits === undefined || spellIndex === currentIndex;
    const startsBeforeReform = compareDates(spell.start, rules.reformDate) < 0;
    let paidBeforeReform = false;
    for (let date = spell.start; compareDates(date, spell.end) <= 0; date = addDays(date, 1)) {
      const figures = dayFigures(date);
      if (!figures) throw new RangeError(`No SSP rates for ${date}`);
      const base = { date, spellIndex };
      if (!input.qualifyingDays.includes(dayOfWeek(date))) {
        days.push({ ...base, status: 'not-qualifying' });
        continue;
      }
      qualifyingSoFar += 1;
      // Below the limit there is no entitlement at all, so no waiting days are being served.
      if (figures.earningsPercentBp === undefined && awe < input.lowerEarningsLimitPence) {
        days.push({ ...base, status: 'below-lel' });
        continue;
      }
      if (qualifyingSoFar <= figures.waitingDays) {
        days.push({ ...base, status: 'waiting' });
        continue;
      }
      const remaining = maxUnits - used;
      if (remaining <= 0) {
        days.push({ ...base, status: 'maximum-reached' });
        continue;
      }
      const protectedRate = figures.earningsPercentBp !== undefined && startsBeforeReform && paidBeforeReform;
      const weeklyRatePence =
        figures.earningsPercentBp === undefined || protectedRate
          ? figures.flatWeeklyPence
          : Math.min(figures.flatWeeklyPence, ceilDiv(awe * figures.earningsPercentBp, 10_000));
      const fullDay = Math.floor((weeklyRatePence * 100) / perWeek);
      const units = Math.min(dayUnits, remaining);
      const centipence = units === dayUnits ? fullDay : Math.floor((fullDay * units) / dayUnits);
      if (countsUsage) used += units;
      if (figures.earningsPercentBp === undefined) paidBeforeReform = true;
      days.push({ ...base, status: 'paid', weeklyRatePence, centipence, ...(protectedRate ? { protectedRate } : {}) });
    }
  }
  return days;
}
