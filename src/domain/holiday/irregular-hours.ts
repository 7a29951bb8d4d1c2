import { isGreatBritain, type Nation } from '../shared/audience';
import type { IsoDate } from '../shared/iso-date';
import { percentOf, sumPence, type Pence } from '../shared/money';
import { rateOn } from '../rates';
import { ceilDiv, type Step } from '../shared/input-checks';
import { shareStep, type LeaveYearShare } from './leave-year';
import type { StatutoryLeave } from './regular-patterns';

/**
 * Irregular-hours and part-year workers.
 *
 * 'accrual': Great Britain, leave years starting on or after 1 April 2024 (Working Time
 * Regulations 1998 reg 15B, https://www.legislation.gov.uk/uksi/1998/1833/regulation/15B, added by
 * the Employment Rights (Amendment, Revocation and Transitional Provision) Regulations 2023):
 * leave accrues at 12.07% of the hours worked in each pay period, and rolled-up holiday pay of
 * 12.07% of the pay for the period is allowed (reg 16A). Whether the method applies is read from
 * the rates table: `holiday.irregular_accrual_percent` only has a row from 1 April 2024.
 *
 * 'average-week': Northern Ireland, and GB leave years that started before 1 April 2024. These
 * workers get 5.6 weeks, where a week is their average working week, not a share of the year's
 * hours: Harpur Trust v Brazel [2022] UKSC 21 (https://www.supremecourt.uk/cases/uksc-2019-0209)
 * held that part-year workers' leave is not pro-rated to weeks worked. We take the average of the
 * weeks the caller gives: the weeks in which the worker was paid, going back up to 52 (Employment
 * Rights Act 1996 s.224 as amended from 6 April 2020, https://www.legislation.gov.uk/ukpga/1996/18/section/224;
 * the caller chooses the weeks, since Northern Ireland's reference period differs).
 */
export type IrregularMethod = 'accrual' | 'average-week';

/** The accrual rate in basis points when the 'accrual' method applies, otherwise undefined. */
export function irregularAccrualBasisPoints(nation: Nation, leaveYearStart: IsoDate): number | undefined {
  if (!isGreatBritain(nation)) return undefined;
  return rateOn('holiday.irregular_accrual_percent', leaveYearStart)?.value;
}

/** Lets the UI ask for pay periods or reference weeks before calling `holidayEntitlement`. */
export function irregularHoursMethod(nation: Nation, leaveYearStart: IsoDate): IrregularMethod {
  return irregularAccrualBasisPoints(nation, leaveYearStart) === undefined ? 'average-week' : 'accrual';
}

export interface PayPeriod {
  minutesWorked: number;
  payPence?: Pence | undefined;
}

export interface IrregularResult {
  minutes: number;
  rolledUpHolidayPayPence?: Pence;
  steps: Step[];
}

const MINUTES_PER_HOUR = 60;

/**
 * Leave accrued in one pay period, in whole minutes. GOV.UK's calculator says the employer must
 * round up to the next whole hour when the entitlement is 0.5 of an hour or more ("3.6 hours is
 * 4 hours"): https://www.gov.uk/calculate-your-holiday-entitlement. Otherwise we round up to the
 * next whole minute, so the worker is never given less than the exact figure.
 */
function accruedMinutes(minutesWorked: number, basisPoints: number): number {
  const exactTimes10000 = minutesWorked * basisPoints;
  const hourTimes10000 = MINUTES_PER_HOUR * 10_000;
  if (exactTimes10000 % hourTimes10000 >= hourTimes10000 / 2) {
    return ceilDiv(exactTimes10000, hourTimes10000) * MINUTES_PER_HOUR;
  }
  return ceilDiv(exactTimes10000, 10_000);
}

function capAtMaximumDays(
  minutes: number,
  averageDayMinutes: number | undefined,
  leave: StatutoryLeave,
  steps: Step[],
): number {
  if (averageDayMinutes === undefined) return minutes;
  const cap = leave.maxDays * averageDayMinutes;
  if (minutes <= cap) return minutes;
  steps.push({
    id: 'capped-at-maximum-hours',
    values: { uncappedMinutes: minutes, maximumDays: leave.maxDays, averageDayMinutes, maximumMinutes: cap },
  });
  return cap;
}

export function accrualLeave(
  periods: readonly PayPeriod[],
  basisPoints: number,
  averageDayMinutes: number | undefined,
  leave: StatutoryLeave,
): IrregularResult {
  const steps: Step[] = [{ id: 'accrual-rate', values: { basisPoints } }];
  let total = 0;
  const rolledUp: Pence[] = [];
  periods.forEach((period, index) => {
    const minutes = accruedMinutes(period.minutesWorked, basisPoints);
    total += minutes;
    steps.push({
      id: 'period-accrual',
      values: { period: index + 1, minutesWorked: period.minutesWorked, accruedMinutes: minutes },
    });
    if (period.payPence !== undefined) {
      // Reg 16A: rolled-up holiday pay is 12.07% of the pay for the period, to the nearest penny.
      const holidayPay = percentOf(period.payPence, basisPoints);
      rolledUp.push(holidayPay);
      steps.push({
        id: 'period-rolled-up-pay',
        values: { period: index + 1, payPence: period.payPence, holidayPayPence: holidayPay },
      });
    }
  });
  const minutes = capAtMaximumDays(total, averageDayMinutes, leave, steps);
  steps.push({ id: 'entitlement', values: { minutes } });
  if (rolledUp.length === 0) return { minutes, steps };
  const rolledUpHolidayPayPence = sumPence(rolledUp);
  steps.push({ id: 'rolled-up-pay-total', values: { holidayPayPence: rolledUpHolidayPayPence } });
  return { minutes, rolledUpHolidayPayPence, steps };
}

export function averageWeekLeave(
  referenceWeeksMinutes: readonly number[],
  averageDayMinutes: number | undefined,
  share: LeaveYearShare,
  leave: StatutoryLeave,
): IrregularResult {
  const weeks = referenceWeeksMinutes.length;
  const totalMinutes = referenceWeeksMinutes.reduce((sum, minutes) => sum + minutes, 0);
  const steps: Step[] = [
    { id: 'average-week', values: { weeks, totalMinutes, averageWeekMinutes: ceilDiv(totalMinutes, weeks) } },
  ];
  // 5.6 average weeks = weeksValue × total ÷ (weeksScale × weeks), kept exact until the end.
  let num = leave.weeksValue * totalMinutes;
  let den = leave.weeksScale * weeks;
  const uncappedMinutes = ceilDiv(num, den);
  steps.push({
    id: 'full-year-leave-hours',
    values: { weeks: leave.weeksValue / leave.weeksScale, minutes: uncappedMinutes },
  });
  if (averageDayMinutes !== undefined && num > leave.maxDays * averageDayMinutes * den) {
    const maximumMinutes = leave.maxDays * averageDayMinutes;
    steps.push({
      id: 'capped-at-maximum-hours',
      values: { uncappedMinutes, maximumDays: leave.maxDays, averageDayMinutes, maximumMinutes },
    });
    num = maximumMinutes;
    den = 1;
  }
  if (share.basis !== 'whole-year') {
    steps.push(shareStep(share));
    num *= share.numerator;
    den *= share.denominator;
  }
  const minutes = ceilDiv(num, den);
  steps.push({ id: 'entitlement', values: { minutes } });
  return { minutes, steps };
}
