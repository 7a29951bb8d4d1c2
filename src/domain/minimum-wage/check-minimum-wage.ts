import { accommodationOffsetOn, minimumWageRateFor, type MinimumWageRate } from '../rates';
import { arrearsAtCurrentRate, requiredPayPence } from './arrears';
import { payForMinimumWage } from './pay-for-minimum-wage';
import type { MinimumWageInput, MinimumWageResult, MinimumWageStep } from './types';
import { validateInput } from './validate-input';
import { SECONDS_PER_HOUR } from './working-time';

type RateFound = Extract<MinimumWageRate, { ok: true }>;

const hoursOf = (seconds: number): number => seconds / SECONDS_PER_HOUR;

/**
 * Checks one pay reference period against the National Minimum Wage / National Living Wage and,
 * when it falls short, works out the arrears owed today. Every figure used is returned as an
 * ordered list of steps so the workings can be shown in words.
 *
 * The comparison (NMW Regulations 2015 reg 7) is made on totals: pay for minimum wage purposes
 * against hours counted × the hourly rate, rounded half up to the penny. Differences of less
 * than half a penny over a whole period are treated as no difference.
 */
export function checkMinimumWage(input: MinimumWageInput): MinimumWageResult {
  const validated = validateInput(input);
  if (!validated.ok) return validated;
  const v = validated.value;
  const apprentice = v.apprentice ? { apprentice: v.apprentice } : {};

  // The rate in force on the first day of the period, for the worker's age on that day: a new
  // rate or a birthday only counts from the next period that starts after it (NMWM03080).
  // Validation has ruled out dates before the table and ages under 16, so a rate is found.
  const rate = minimumWageRateFor({ date: v.periodStart, age: v.age, ...apprentice }) as RateFound;
  // The accommodation offset is also the one in force on the first day (NMWM03080).
  const offsetDailyPence = accommodationOffsetOn(v.periodStart)!.dailyPence;

  const pay = payForMinimumWage({
    grossPayPence: v.grossPayPence,
    premiumPayPence: v.premiumPayPence,
    deductionsForEmployerPence: v.deductionsForEmployerPence,
    ...(v.accommodation ? { accommodation: v.accommodation } : {}),
    offsetDailyPence,
  });
  const requiredPence = requiredPayPence(v.time.total, rate.pencePerHour);
  const shortfallPence = Math.max(0, requiredPence - pay.payForMinimumWagePence);

  // Arrears are re-valued at the rate a worker of the same age and kind would get today, i.e.
  // the same band where it still exists (NMWM13160). Today is never before the period start,
  // so this rate is found too.
  const now = minimumWageRateFor({ date: v.today, age: v.age, ...apprentice }) as RateFound;
  const arrearsTodayPence = arrearsAtCurrentRate(shortfallPence, rate.pencePerHour, now.pencePerHour);

  const steps: MinimumWageStep[] = [
    { id: 'period', values: { start: v.periodStart, end: v.periodEnd, days: v.days } },
    { id: 'age', values: { age: v.age, from: v.ageFrom, on: v.periodStart } },
    {
      id: 'rate',
      values: { band: rate.band, ratePence: rate.pencePerHour, from: rate.from, source: rate.source },
    },
    {
      id: 'hours',
      values: {
        basic: hoursOf(v.time.basic),
        travel: hoursOf(v.time.travel),
        training: hoursOf(v.time.training),
        waiting: hoursOf(v.time.waiting),
        sleepInAwake: hoursOf(v.time.sleepInAwake),
        total: hoursOf(v.time.total),
      },
    },
  ];
  if (v.accommodation) {
    steps.push({
      id: 'accommodation',
      values: {
        days: v.accommodation.daysProvided,
        offsetDailyPence,
        allowancePence: pay.accommodationAllowancePence,
        chargePence: v.accommodation.chargePence,
        adjustmentPence: pay.accommodationAdjustmentPence,
      },
    });
  }
  steps.push(
    {
      id: 'pay',
      values: {
        gross: v.grossPayPence,
        premium: v.premiumPayPence,
        deductions: v.deductionsForEmployerPence,
        accommodationAdjustment: pay.accommodationAdjustmentPence,
        payForMinimumWage: pay.payForMinimumWagePence,
      },
    },
    {
      id: 'required',
      values: { hours: hoursOf(v.time.total), ratePence: rate.pencePerHour, requiredPence },
    },
    {
      id: 'result',
      values: {
        requiredPence,
        payPence: pay.payForMinimumWagePence,
        shortfallPence,
        // What the period's pay works out at per hour counted (reg 7), for plain-words display.
        ...(v.time.total > 0
          ? {
              averagePayPerHourPence: Math.floor(
                (pay.payForMinimumWagePence * SECONDS_PER_HOUR) / v.time.total,
              ),
            }
          : {}),
      },
    },
  );
  if (shortfallPence > 0) {
    steps.push({
      id: 'arrears',
      values: {
        shortfallPence,
        rateThenPence: rate.pencePerHour,
        rateNowPence: now.pencePerHour,
        today: v.today,
        arrearsPence: arrearsTodayPence,
      },
    });
  }

  return {
    ok: true,
    compliant: shortfallPence === 0,
    band: rate.band,
    ageAtPeriodStart: v.age,
    minimumRatePence: rate.pencePerHour,
    rateFrom: rate.from,
    rateSource: rate.source,
    hoursCounted: hoursOf(v.time.total),
    payForMinimumWagePence: pay.payForMinimumWagePence,
    requiredPence,
    shortfallPence,
    arrearsTodayPence,
    currentRatePence: now.pencePerHour,
    steps,
  };
}
