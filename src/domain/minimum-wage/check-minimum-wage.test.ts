import { describe, expect, it } from 'vitest';
import { todayInUk } from '../shared/iso-date';
import { checkMinimumWage } from './check-minimum-wage';
import type { MinimumWageCheck, MinimumWageInput } from './types';

function check(input: MinimumWageInput): MinimumWageCheck {
  const result = checkMinimumWage(input);
  if (!result.ok) throw new Error(`Unexpected errors: ${JSON.stringify(result.errors)}`);
  return result;
}

const april2026: MinimumWageInput = {
  periodStart: '2026-04-01',
  periodEnd: '2026-04-30',
  ageAtPeriodStart: 30,
  hours: { basic: 100 },
  grossPayPence: 127100,
  today: '2026-05-15',
};

describe('checkMinimumWage: worked examples', () => {
  it('pays exactly the National Living Wage: compliant with nothing owed', () => {
    const result = check(april2026);
    expect(result).toMatchObject({
      compliant: true,
      band: '21_and_over',
      ageAtPeriodStart: 30,
      minimumRatePence: 1271,
      rateFrom: '2026-04-01',
      hoursCounted: 100,
      payForMinimumWagePence: 127100,
      requiredPence: 127100,
      shortfallPence: 0,
      arrearsTodayPence: 0,
      currentRatePence: 1271,
    });
    expect(result.rateSource).toMatch(/^https:\/\/www\.gov\.uk\//);
  });

  it('re-values an old underpayment at today’s rate (nibusinessinfo / NMWM13160: £82.50 at £9.50 → £90.49 at £10.42)', () => {
    // 100 hours in June 2022 at the 23+ rate of £9.50 needs £950.00; £867.50 was paid.
    const result = check({
      periodStart: '2022-06-01',
      periodEnd: '2022-06-30',
      ageAtPeriodStart: 30,
      hours: { basic: 100 },
      grossPayPence: 86750,
      today: '2023-06-01',
    });
    expect(result).toMatchObject({
      compliant: false,
      band: '23_and_over',
      minimumRatePence: 950,
      requiredPence: 95000,
      shortfallPence: 8250,
      currentRatePence: 1042,
      arrearsTodayPence: 9049,
    });
  });

  it('counts travel between visits: a PA paid only for contact time falls short (LITRG care workers guidance)', () => {
    // 30 hours with clients paid at exactly £12.71, plus 4 hours travelling between clients unpaid.
    const result = check({
      ...april2026,
      periodStart: '2026-04-06',
      periodEnd: '2026-04-12',
      hours: { basic: 30, travelBetweenAssignments: 4 },
      grossPayPence: 30 * 1271,
      today: '2026-04-20',
    });
    expect(result.hoursCounted).toBe(34);
    expect(result.requiredPence).toBe(34 * 1271);
    expect(result.shortfallPence).toBe(4 * 1271);
    expect(result.compliant).toBe(false);
    expect(result.arrearsTodayPence).toBe(4 * 1271);
  });

  it('counts training, waiting at work and sleep-in time awake, but not the rest of the sleep-in', () => {
    // A sleep-in allowance for the night is pay; only the hour woken to help counts as work
    // (Royal Mencap Society v Tomlinson-Blake [2021] UKSC 8).
    const result = check({
      ...april2026,
      hours: { basic: 90, training: 6, waitingOrOnCallAtWork: 3, sleepInAwakeForWork: 1 },
      grossPayPence: 90 * 1271 + 4000,
    });
    expect(result.hoursCounted).toBe(100);
    expect(result.requiredPence).toBe(127100);
    expect(result.shortfallPence).toBe(127100 - (90 * 1271 + 4000));
  });

  it('takes off overtime premiums and deductions for the employer’s benefit', () => {
    const result = check({ ...april2026, grossPayPence: 130000, premiumPayPence: 2000, deductionsForEmployerPence: 1500 });
    expect(result.payForMinimumWagePence).toBe(126500);
    expect(result.shortfallPence).toBe(600);
  });

  it('adds the offset for free accommodation at the rate in force on the first day (gov.uk accommodation rules)', () => {
    // 30 days × £11.10 = £333.00 counts as pay.
    const result = check({ ...april2026, grossPayPence: 127100 - 33300, accommodation: { daysProvided: 30, chargePence: 0 } });
    expect(result.payForMinimumWagePence).toBe(127100);
    expect(result.compliant).toBe(true);
  });

  it('reduces pay by an accommodation charge above the offset', () => {
    const result = check({ ...april2026, accommodation: { daysProvided: 30, chargePence: 40000 } });
    expect(result.payForMinimumWagePence).toBe(127100 - (40000 - 33300));
    expect(result.shortfallPence).toBe(6700);
  });

  it('uses the offset of the period start even when the period runs into April', () => {
    const result = check({
      ...april2026,
      periodStart: '2026-03-15',
      periodEnd: '2026-04-14',
      accommodation: { daysProvided: 31, chargePence: 0 },
      grossPayPence: 0,
    });
    expect(result.payForMinimumWagePence).toBe(31 * 1066);
  });

  it('rounds the required pay half up to the penny', () => {
    const result = check({ ...april2026, hours: { basic: 7.5 }, grossPayPence: 9532 });
    expect(result.requiredPence).toBe(9533); // 7.5 × 1271 = 9532.5
    expect(result.shortfallPence).toBe(1);
    expect(check({ ...april2026, hours: { basic: 7.5 }, grossPayPence: 9533 }).compliant).toBe(true);
  });

  it('with no hours worked nothing is required', () => {
    const result = check({ ...april2026, hours: { basic: 0 }, grossPayPence: 0 });
    expect(result).toMatchObject({ compliant: true, requiredPence: 0, shortfallPence: 0 });
    expect(result.steps.find((step) => step.id === 'result')?.values).not.toHaveProperty('averagePayPerHourPence');
  });
});

describe('checkMinimumWage: which rate applies', () => {
  it('uses the old rate for a period starting on 31 March and the new one from 1 April', () => {
    const march = check({ ...april2026, periodStart: '2026-03-31', periodEnd: '2026-04-29' });
    const april = check({ ...april2026, periodStart: '2026-04-01', periodEnd: '2026-04-30' });
    expect(march.minimumRatePence).toBe(1221);
    expect(april.minimumRatePence).toBe(1271);
  });

  /** The base April 2026 input for a worker born on `dateOfBirth`, over another period. */
  const bornOn = (dateOfBirth: string, periodStart: string, periodEnd: string, today: string) =>
    check({ ...april2026, ageAtPeriodStart: undefined, dateOfBirth, periodStart, periodEnd, today });

  it('keeps the age band of the period start when a birthday falls inside the period (NMWM03080)', () => {
    const june = bornOn('2005-06-15', '2026-06-01', '2026-06-30', '2026-07-15');
    const july = bornOn('2005-06-15', '2026-07-01', '2026-07-31', '2026-08-15');
    expect(june).toMatchObject({ band: '18_to_20', minimumRatePence: 1085, ageAtPeriodStart: 20 });
    expect(july).toMatchObject({ band: '21_and_over', minimumRatePence: 1271, ageAtPeriodStart: 21 });
  });

  it('moves someone born on 29 February up a band from a period starting 1 March in a non-leap year', () => {
    const feb = bornOn('2004-02-29', '2025-02-28', '2025-03-06', '2025-03-10');
    const mar = bornOn('2004-02-29', '2025-03-01', '2025-03-07', '2025-03-10');
    expect(feb).toMatchObject({ band: '18_to_20', minimumRatePence: 860 });
    expect(mar).toMatchObject({ band: '21_and_over', minimumRatePence: 1144 });
  });

  it('accepts a leap-day period end and both age and date of birth when they agree', () => {
    const result = check({
      ...april2026,
      dateOfBirth: '1994-01-30',
      periodStart: '2024-01-30',
      periodEnd: '2024-02-29',
      today: '2024-03-05',
    });
    expect(result).toMatchObject({ band: '23_and_over', minimumRatePence: 1042 });
    expect(result.steps.find((step) => step.id === 'period')?.values).toEqual({
      start: '2024-01-30',
      end: '2024-02-29',
      days: 31,
    });
  });

  it('gives apprentices the apprentice rate and arrears at today’s apprentice rate', () => {
    const result = check({
      ...april2026,
      ageAtPeriodStart: 19,
      apprentice: { inFirstYear: true },
      periodStart: '2025-04-01',
      periodEnd: '2025-04-30',
      hours: { basic: 100 },
      grossPayPence: 70000,
      today: '2026-05-15',
    });
    expect(result).toMatchObject({ band: 'apprentice', minimumRatePence: 755, shortfallPence: 5500, currentRatePence: 800 });
    expect(result.arrearsTodayPence).toBe(5828); // 5500 ÷ 755 × 800 = 5827.8
  });

  it('repays a worker who was 17 at today’s 16–17 rate, not the adult rate', () => {
    const result = check({
      ...april2026,
      ageAtPeriodStart: 17,
      periodStart: '2019-05-01',
      periodEnd: '2019-05-31',
      hours: { basic: 10 },
      grossPayPence: 4000,
      today: '2026-05-15',
    });
    expect(result).toMatchObject({ band: '16_to_17', minimumRatePence: 435, shortfallPence: 350, currentRatePence: 800 });
    expect(result.arrearsTodayPence).toBe(644); // 350 ÷ 435 × 800 = 643.68
  });

  it('re-values arrears from a band that no longer exists at today’s rate for the same age', () => {
    const result = check({
      ...april2026,
      periodStart: '2019-05-01',
      periodEnd: '2019-05-31',
      hours: { basic: 10 },
      grossPayPence: 8000,
      today: '2026-05-15',
    });
    expect(result).toMatchObject({ band: '25_and_over', minimumRatePence: 821, shortfallPence: 210, currentRatePence: 1271 });
    expect(result.arrearsTodayPence).toBe(325); // 210 ÷ 821 × 1271 = 325.1
  });

  it('works out arrears for today in the UK when no date is given', () => {
    const result = checkMinimumWage({ ...april2026, today: undefined, periodStart: '2024-04-01', periodEnd: '2024-04-30', grossPayPence: 100000 });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    // 100 hours at £11.44 = £1,144.00; £144.00 short, re-valued at whatever today's rate is.
    expect(result.shortfallPence).toBe(14400);
    expect(result.arrearsTodayPence).toBeGreaterThanOrEqual(14400);
    expect(result.steps.find((step) => step.id === 'arrears')?.values.today).toBe(todayInUk());
  });
});

describe('checkMinimumWage: the workings', () => {
  it('lists the steps in order, with accommodation and arrears only when they apply', () => {
    const plain = check(april2026);
    expect(plain.steps.map((step) => step.id)).toEqual(['period', 'age', 'rate', 'hours', 'pay', 'required', 'result']);

    const full = check({
      ...april2026,
      hours: { basic: 95, travelBetweenAssignments: 2, training: 1, waitingOrOnCallAtWork: 1.5, sleepInAwakeForWork: 0.5 },
      grossPayPence: 120000,
      premiumPayPence: 1000,
      deductionsForEmployerPence: 500,
      accommodation: { daysProvided: 10, chargePence: 5000 },
      today: '2026-06-01',
    });
    expect(full.steps).toEqual([
      { id: 'period', values: { start: '2026-04-01', end: '2026-04-30', days: 30 } },
      { id: 'age', values: { age: 30, from: 'ageAtPeriodStart', on: '2026-04-01' } },
      {
        id: 'rate',
        values: {
          band: '21_and_over',
          ratePence: 1271,
          from: '2026-04-01',
          source: 'https://www.gov.uk/government/news/lpc-recommendations-take-the-national-living-wage-to-1271',
        },
      },
      { id: 'hours', values: { basic: 95, travel: 2, training: 1, waiting: 1.5, sleepInAwake: 0.5, total: 100 } },
      {
        id: 'accommodation',
        values: { days: 10, offsetDailyPence: 1110, allowancePence: 11100, chargePence: 5000, adjustmentPence: 0 },
      },
      {
        id: 'pay',
        values: { gross: 120000, premium: 1000, deductions: 500, accommodationAdjustment: 0, payForMinimumWage: 118500 },
      },
      { id: 'required', values: { hours: 100, ratePence: 1271, requiredPence: 127100 } },
      {
        id: 'result',
        values: { requiredPence: 127100, payPence: 118500, shortfallPence: 8600, averagePayPerHourPence: 1185 },
      },
      {
        id: 'arrears',
        values: { shortfallPence: 8600, rateThenPence: 1271, rateNowPence: 1271, today: '2026-06-01', arrearsPence: 8600 },
      },
    ]);
  });

  it('says the age came from the date of birth when one was given', () => {
    const result = check({ ...april2026, ageAtPeriodStart: undefined, dateOfBirth: '1996-04-01' });
    expect(result.steps[1]).toEqual({ id: 'age', values: { age: 30, from: 'dateOfBirth', on: '2026-04-01' } });
  });

  it('rounds the average hourly pay down so it never looks higher than it was', () => {
    const result = check({ ...april2026, hours: { basic: 3 }, grossPayPence: 3812 });
    expect(result.steps.find((step) => step.id === 'result')?.values.averagePayPerHourPence).toBe(1270);
  });
});
