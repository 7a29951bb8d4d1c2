import { addDays, daysBetween, type IsoDate } from '../shared/iso-date';
import type { Step } from '../shared/input-checks';

/**
 * The share of a leave year someone is employed in, as an exact fraction, and how it was found.
 *
 * This follows GOV.UK's holiday entitlement calculator (https://www.gov.uk/calculate-your-holiday-entitlement,
 * built from alphagov/smart-answers), which is our reference:
 * - someone who starts part way through the year gets one twelfth for each month from the month
 *   they start to the end of the leave year, counting the month they start in as a whole month;
 *   the result is later rounded up to a half day (see `regular-patterns.ts`). Because months
 *   differ in length, that share can fall a little below the proportion of the leave year
 *   remaining on the start date, which the Working Time Regulations 1998 reg 13(5) sets as the
 *   minimum (https://www.legislation.gov.uk/uksi/1998/1833/regulation/13): starting on 1 July in
 *   an April leave year is 9/12 = 0.75 by months but 274/365 = 0.7507 by days. We take whichever
 *   is larger, so the result matches GOV.UK except where GOV.UK would fall below the legal minimum;
 * - someone who leaves part way through gets the days from the start of the leave year to their
 *   leaving day (both counted) over the days in the leave year: the proportion of the leave year
 *   that has expired in reg 14(3) (https://www.legislation.gov.uk/uksi/1998/1833/regulation/14);
 * - someone who both starts and leaves in the same leave year gets the days employed over the days
 *   in the leave year.
 * The days in a leave year are 366 when it contains 29 February, otherwise 365.
 */
export type LeaveYearShare =
  | { basis: 'whole-year'; numerator: 1; denominator: 1 }
  | { basis: 'months-from-start'; numerator: number; denominator: 12 }
  | { basis: 'days-remaining'; numerator: number; denominator: number }
  | { basis: 'days-employed'; numerator: number; denominator: number };

/** Starters' entitlement is rounded up to a half day; the others to a tenth. */
export function isStarterShare(share: LeaveYearShare): boolean {
  return share.basis === 'months-from-start' || share.basis === 'days-remaining';
}

/** The same calendar day a year later; 29 February moves to 1 March in a year without one. */
function sameDayNextYear(date: IsoDate): IsoDate {
  const [year, month, day] = date.split('-');
  const next = String(Number(year) + 1).padStart(4, '0');
  return month === '02' && day === '29' ? `${next}-03-01` : `${next}-${month}-${day}`;
}

/** The last day of the leave year that starts on `leaveYearStart`. */
export function leaveYearEnd(leaveYearStart: IsoDate): IsoDate {
  return addDays(sameDayNextYear(leaveYearStart), -1);
}

export function daysInLeaveYear(leaveYearStart: IsoDate): number {
  return daysBetween(leaveYearStart, sameDayNextYear(leaveYearStart));
}

/** Months from `start`'s month to `end`'s month, counting the first month whole (GOV.UK's method). */
function monthsFromStart(start: IsoDate, end: IsoDate): number {
  const [sy, sm, sd] = start.split('-').map(Number) as [number, number, number];
  const [ey, em, ed] = end.split('-').map(Number) as [number, number, number];
  const months = 12 * (ey - sy) + em - sm;
  return ed >= sd ? months + 1 : months;
}

/** Dates must already be checked to lie in the leave year, with leaving on or after starting. */
export function leaveYearShare(input: {
  leaveYearStart: IsoDate;
  startDate?: IsoDate | undefined;
  leavingDate?: IsoDate | undefined;
}): LeaveYearShare {
  const { leaveYearStart, startDate, leavingDate } = input;
  if (startDate === undefined && leavingDate === undefined) {
    return { basis: 'whole-year', numerator: 1, denominator: 1 };
  }
  if (leavingDate === undefined) {
    const end = leaveYearEnd(leaveYearStart);
    const months = monthsFromStart(startDate as IsoDate, end);
    const daysRemaining = daysBetween(startDate as IsoDate, end) + 1;
    const yearDays = daysInLeaveYear(leaveYearStart);
    return months * yearDays >= daysRemaining * 12
      ? { basis: 'months-from-start', numerator: months, denominator: 12 }
      : { basis: 'days-remaining', numerator: daysRemaining, denominator: yearDays };
  }
  const from = startDate ?? leaveYearStart;
  return {
    basis: 'days-employed',
    numerator: daysBetween(from, leavingDate) + 1,
    denominator: daysInLeaveYear(leaveYearStart),
  };
}

/** The working shown when the entitlement is pro-rated. */
export function shareStep(share: LeaveYearShare): Step {
  return {
    id: 'share-of-leave-year',
    values: { basis: share.basis, numerator: share.numerator, denominator: share.denominator },
  };
}
