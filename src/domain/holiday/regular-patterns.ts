import type { RateRow } from '../rates';
import { ceilDiv, type Step } from '../shared/input-checks';
import { isStarterShare, shareStep, type LeaveYearShare } from './leave-year';

/**
 * Statutory leave for fixed patterns: days a week, hours a week (including compressed hours) and
 * shifts. Working Time Regulations 1998 regs 13 and 13A
 * (https://www.legislation.gov.uk/uksi/1998/1833/regulation/13A):
 * 5.6 weeks a year, at most 28 days. The same in Northern Ireland under the Working Time
 * Regulations (Northern Ireland) 2016 (https://www.nidirect.gov.uk/articles/holiday-entitlements).
 *
 * Everything is kept as an exact fraction (numerator / denominator) of days, shifts or minutes
 * until the one rounding at the end, so no floating-point error builds up.
 *
 * Rounding, following GOV.UK's holiday entitlement calculator
 * (https://www.gov.uk/calculate-your-holiday-entitlement):
 * - days and shifts are rounded UP to the next tenth (GOV.UK shows one decimal place, rounded up);
 * - for someone starting part way through the leave year, days and shifts are rounded UP to the
 *   next half day, as GOV.UK does and as reg 15A(2) does for leave accrued in the first year
 *   (a fraction below a half counts as a half, above a half as a whole day);
 * - hours are given in whole minutes, rounded UP, so the figure is never below the exact one.
 *   For starters, hours are the half-day-rounded days times the average day, as GOV.UK does.
 */
export interface StatutoryLeave {
  /** holiday.weeks: 56 with `weeksScale` 10 is 5.6 weeks. */
  weeksValue: number;
  weeksScale: number;
  /** holiday.max_days: 28. */
  maxDays: number;
}

/** Reads the two rate rows; a count row without `decimals` is a whole number. */
export function statutoryLeaveFrom(weeks: RateRow, maxDays: RateRow): StatutoryLeave {
  return { weeksValue: weeks.value, weeksScale: 10 ** (weeks.decimals ?? 0), maxDays: maxDays.value };
}

export interface PatternResult {
  days?: number;
  minutes?: number;
  shifts?: number;
  steps: Step[];
}

interface Fraction {
  num: number;
  den: number;
}

/** Two-decimal display value of an exact fraction, for the workings only. */
function shown(fraction: Fraction): number {
  return Math.round((fraction.num / fraction.den) * 100) / 100;
}

/** Full-year units (days or shifts) for `perWeek` units a week, capped at the maximum days. */
function fullYearUnits(perWeek: Fraction, leave: StatutoryLeave, steps: Step[]): Fraction {
  const uncapped = { num: leave.weeksValue * perWeek.num, den: leave.weeksScale * perWeek.den };
  steps.push({
    id: 'full-year-leave',
    values: { weeks: leave.weeksValue / leave.weeksScale, perWeek: shown(perWeek), units: shown(uncapped) },
  });
  if (uncapped.num > leave.maxDays * uncapped.den) {
    steps.push({ id: 'capped-at-maximum', values: { uncapped: shown(uncapped), maximum: leave.maxDays } });
    return { num: leave.maxDays, den: 1 };
  }
  return uncapped;
}

function applyShare(units: Fraction, share: LeaveYearShare, steps: Step[]): Fraction {
  if (share.basis === 'whole-year') return units;
  steps.push(shareStep(share));
  return { num: units.num * share.numerator, den: units.den * share.denominator };
}

/** Rounded up to a half for starters, to a tenth otherwise; returned as a count of those parts. */
function roundUnits(units: Fraction, share: LeaveYearShare, steps: Step[]): { parts: number; perUnit: 2 | 10 } {
  if (isStarterShare(share)) {
    const halves = ceilDiv(2 * units.num, units.den);
    steps.push({ id: 'rounded-up-to-half', values: { before: shown(units), after: halves / 2 } });
    return { parts: halves, perUnit: 2 };
  }
  return { parts: ceilDiv(10 * units.num, units.den), perUnit: 10 };
}

/** Days a week given in hundredths (2.5 days → 250). */
export function daysPerWeekLeave(daysHundredths: number, share: LeaveYearShare, leave: StatutoryLeave): PatternResult {
  const steps: Step[] = [];
  const shared = applyShare(fullYearUnits({ num: daysHundredths, den: 100 }, leave, steps), share, steps);
  const { parts, perUnit } = roundUnits(shared, share, steps);
  const days = parts / perUnit;
  steps.push({ id: 'entitlement', values: { days } });
  return { days, steps };
}

/**
 * Fixed hours a week over `daysHundredths` days. The cap of 28 days becomes 28 times the average
 * working day. Compressed hours work the same way; the caller adds the daily average.
 */
export function hoursPerWeekLeave(
  minutesPerWeek: number,
  daysHundredths: number,
  share: LeaveYearShare,
  leave: StatutoryLeave,
): PatternResult {
  const steps: Step[] = [];
  const shared = applyShare(fullYearUnits({ num: daysHundredths, den: 100 }, leave, steps), share, steps);
  const { parts, perUnit } = roundUnits(shared, share, steps);
  const days = parts / perUnit;
  // minutes = days × (minutesPerWeek ÷ days a week); starters use the rounded days (GOV.UK).
  const minutes =
    isStarterShare(share)
      ? ceilDiv(parts * minutesPerWeek * 100, perUnit * daysHundredths)
      : ceilDiv(shared.num * minutesPerWeek * 100, shared.den * daysHundredths);
  steps.push({ id: 'average-day', values: { minutes: ceilDiv(minutesPerWeek * 100, daysHundredths) } });
  steps.push({ id: 'entitlement', values: { days, minutes } });
  return { days, minutes, steps };
}

/** Shifts: `shiftsPerPattern` shifts every `daysPerPattern` days, optionally of a fixed length. */
export function shiftLeave(
  shiftsPerPattern: number,
  daysPerPattern: number,
  minutesPerShift: number | undefined,
  share: LeaveYearShare,
  leave: StatutoryLeave,
): PatternResult {
  const steps: Step[] = [];
  const perWeek = { num: shiftsPerPattern * 7, den: daysPerPattern };
  steps.push({ id: 'shifts-per-week', values: { shiftsPerPattern, daysPerPattern, shiftsPerWeek: shown(perWeek) } });
  const shared = applyShare(fullYearUnits(perWeek, leave, steps), share, steps);
  const { parts, perUnit } = roundUnits(shared, share, steps);
  const shifts = parts / perUnit;
  if (minutesPerShift === undefined) {
    steps.push({ id: 'entitlement', values: { shifts } });
    return { shifts, steps };
  }
  const minutes =
    isStarterShare(share)
      ? ceilDiv(parts * minutesPerShift, perUnit)
      : ceilDiv(shared.num * minutesPerShift, shared.den);
  steps.push({ id: 'entitlement', values: { shifts, minutes } });
  return { shifts, minutes, steps };
}
