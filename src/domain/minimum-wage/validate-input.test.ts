import { describe, expect, it } from 'vitest';
import { checkMinimumWage } from './check-minimum-wage';
import type { MinimumWageInput } from './types';

const valid: MinimumWageInput = {
  periodStart: '2026-04-01',
  periodEnd: '2026-04-30',
  ageAtPeriodStart: 30,
  hours: { basic: 100 },
  grossPayPence: 127100,
  today: '2026-05-15',
};

function errorsFor(change: Partial<MinimumWageInput> | Record<string, unknown>) {
  const result = checkMinimumWage({ ...valid, ...change } as MinimumWageInput);
  return result.ok ? [] : result.errors;
}

describe('checkMinimumWage refuses input it cannot check, saying which field and why', () => {
  it('accepts the valid base input', () => {
    expect(checkMinimumWage(valid).ok).toBe(true);
  });

  it.each([
    ['periodStart', { periodStart: undefined }],
    ['periodStart', { periodStart: '' }],
    ['periodEnd', { periodEnd: undefined }],
    ['periodEnd', { periodEnd: null }],
    ['grossPayPence', { grossPayPence: undefined }],
    ['grossPayPence', { grossPayPence: null }],
    ['hours.basic', { hours: {} }],
    ['hours.basic', { hours: undefined }],
    ['ageAtPeriodStart', { ageAtPeriodStart: undefined }],
    ['accommodation.daysProvided', { accommodation: { chargePence: 0 } }],
  ])('required: %s', (field, change) => {
    expect(errorsFor(change)).toEqual([{ field, code: 'required' }]);
  });

  it.each([
    ['periodStart', { periodStart: '2026-02-30' }],
    ['periodEnd', { periodEnd: '30/04/2026' }],
    ['dateOfBirth', { ageAtPeriodStart: undefined, dateOfBirth: '1990-13-01' }],
    ['today', { today: 'tomorrow' }],
  ])('not-a-date: %s', (field, change) => {
    expect(errorsFor(change)).toEqual([{ field, code: 'not-a-date' }]);
  });

  it.each([
    ['hours.training', { hours: { basic: 100, training: Number.NaN } }],
    ['hours.basic', { hours: { basic: '10' } }],
    ['grossPayPence', { grossPayPence: Number.POSITIVE_INFINITY }],
    ['ageAtPeriodStart', { ageAtPeriodStart: 'thirty' }],
  ])('not-a-number: %s', (field, change) => {
    expect(errorsFor(change)).toEqual([{ field, code: 'not-a-number' }]);
  });

  it.each([
    ['ageAtPeriodStart', { ageAtPeriodStart: 30.5 }],
    ['accommodation.daysProvided', { accommodation: { daysProvided: 2.5, chargePence: 0 } }],
  ])('not-a-whole-number: %s', (field, change) => {
    expect(errorsFor(change)).toEqual([{ field, code: 'not-a-whole-number' }]);
  });

  it.each([
    ['grossPayPence', { grossPayPence: 100.5 }],
    ['premiumPayPence', { premiumPayPence: 0.1 }],
    ['deductionsForEmployerPence', { deductionsForEmployerPence: 99.9 }],
    ['accommodation.chargePence', { accommodation: { daysProvided: 3, chargePence: 1.5 } }],
  ])('not-whole-pence: %s', (field, change) => {
    expect(errorsFor(change)).toEqual([{ field, code: 'not-whole-pence' }]);
  });

  it.each([
    ['hours.basic', { hours: { basic: -1 } }],
    ['hours.travelBetweenAssignments', { hours: { basic: 1, travelBetweenAssignments: -0.5 } }],
    ['hours.waitingOrOnCallAtWork', { hours: { basic: 1, waitingOrOnCallAtWork: -1 } }],
    ['hours.sleepInAwakeForWork', { hours: { basic: 1, sleepInAwakeForWork: -1 } }],
    ['grossPayPence', { grossPayPence: -1 }],
    ['premiumPayPence', { premiumPayPence: -1 }],
    ['deductionsForEmployerPence', { deductionsForEmployerPence: -1 }],
    ['ageAtPeriodStart', { ageAtPeriodStart: -1 }],
    ['accommodation.daysProvided', { accommodation: { daysProvided: -1, chargePence: 0 } }],
    ['accommodation.chargePence', { accommodation: { daysProvided: 1, chargePence: -1 } }],
  ])('negative: %s', (field, change) => {
    expect(errorsFor(change)).toEqual([{ field, code: 'negative' }]);
  });

  it('end-before-start: the period ends before it starts', () => {
    expect(errorsFor({ periodEnd: '2026-03-31' })).toEqual([{ field: 'periodEnd', code: 'end-before-start' }]);
  });

  it('period-too-long: more than a month (NMW Regulations 2015 reg 6)', () => {
    expect(errorsFor({ periodEnd: '2026-05-01' })).toEqual([{ field: 'periodEnd', code: 'period-too-long' }]);
    expect(errorsFor({ periodEnd: '2026-04-30' })).toEqual([]);
    expect(errorsFor({ periodStart: '2026-01-31', periodEnd: '2026-02-28' })).toEqual([]);
    expect(errorsFor({ periodStart: '2026-01-31', periodEnd: '2026-03-01' })).toEqual([
      { field: 'periodEnd', code: 'period-too-long' },
    ]);
  });

  it('future-period: the period has not started yet', () => {
    expect(errorsFor({ today: '2026-03-31' })).toEqual([{ field: 'periodStart', code: 'future-period' }]);
    expect(errorsFor({ today: '2026-04-01' })).toEqual([]);
  });

  it('before-rates-table: periods starting before 1 October 2015', () => {
    expect(errorsFor({ periodStart: '2015-09-30', periodEnd: '2015-10-29' })).toEqual([
      { field: 'periodStart', code: 'before-rates-table' },
    ]);
    expect(errorsFor({ periodStart: '2015-10-01', periodEnd: '2015-10-31' })).toEqual([]);
  });

  it('too-many-hours: more than 24 hours for every day of the period', () => {
    const week = { periodStart: '2026-04-06', periodEnd: '2026-04-12' };
    expect(errorsFor({ ...week, hours: { basic: 168 } })).toEqual([]);
    expect(errorsFor({ ...week, hours: { basic: 160, sleepInAwakeForWork: 8.01 } })).toEqual([
      { field: 'hours', code: 'too-many-hours' },
    ]);
  });

  it('under-16: from an age or from a date of birth', () => {
    expect(errorsFor({ ageAtPeriodStart: 15 })).toEqual([{ field: 'ageAtPeriodStart', code: 'under-16' }]);
    expect(errorsFor({ ageAtPeriodStart: undefined, dateOfBirth: '2010-04-02' })).toEqual([
      { field: 'dateOfBirth', code: 'under-16' },
    ]);
    expect(errorsFor({ ageAtPeriodStart: undefined, dateOfBirth: '2010-04-01' })).toEqual([]);
  });

  it('age-does-not-match-date-of-birth: both given and they disagree', () => {
    expect(errorsFor({ ageAtPeriodStart: 30, dateOfBirth: '1990-01-01' })).toEqual([
      { field: 'ageAtPeriodStart', code: 'age-does-not-match-date-of-birth' },
    ]);
    expect(errorsFor({ ageAtPeriodStart: 36, dateOfBirth: '1990-01-01' })).toEqual([]);
  });

  it('premium-more-than-pay: the overtime premium cannot exceed gross pay', () => {
    expect(errorsFor({ grossPayPence: 1000, premiumPayPence: 1001 })).toEqual([
      { field: 'premiumPayPence', code: 'premium-more-than-pay' },
    ]);
    expect(errorsFor({ grossPayPence: 1000, premiumPayPence: 1000 })).toEqual([]);
  });

  it('days-more-than-period: accommodation on more days than the period has', () => {
    expect(errorsFor({ accommodation: { daysProvided: 31, chargePence: 0 } })).toEqual([
      { field: 'accommodation.daysProvided', code: 'days-more-than-period' },
    ]);
    expect(errorsFor({ accommodation: { daysProvided: 30, chargePence: 0 } })).toEqual([]);
  });

  it('treats a missing accommodation charge as free accommodation', () => {
    expect(errorsFor({ accommodation: { daysProvided: 30 } })).toEqual([]);
  });

  it('lists every problem at once so an error summary can show them together', () => {
    expect(
      errorsFor({
        periodStart: 'soon',
        periodEnd: undefined,
        ageAtPeriodStart: undefined,
        dateOfBirth: 'x',
        hours: { basic: -3, training: Number.NaN },
        grossPayPence: 10.5,
        premiumPayPence: -1,
        accommodation: { daysProvided: 1.5, chargePence: -2 },
      }),
    ).toEqual([
      { field: 'periodStart', code: 'not-a-date' },
      { field: 'periodEnd', code: 'required' },
      { field: 'dateOfBirth', code: 'not-a-date' },
      { field: 'hours.basic', code: 'negative' },
      { field: 'hours.training', code: 'not-a-number' },
      { field: 'grossPayPence', code: 'not-whole-pence' },
      { field: 'premiumPayPence', code: 'negative' },
      { field: 'accommodation.daysProvided', code: 'not-a-whole-number' },
      { field: 'accommodation.chargePence', code: 'negative' },
    ]);
  });

  it('skips checks that depend on a field already reported as wrong', () => {
    // No too-many-hours or days-more-than-period without a valid period; no mismatch check
    // without a valid start date.
    expect(
      errorsFor({
        periodEnd: '2026-03-01',
        ageAtPeriodStart: undefined,
        dateOfBirth: '1990-01-01',
        hours: { basic: 10_000 },
        accommodation: { daysProvided: 99, chargePence: 0 },
      }),
    ).toEqual([{ field: 'periodEnd', code: 'end-before-start' }]);
    expect(errorsFor({ periodStart: 'x', ageAtPeriodStart: undefined, dateOfBirth: '1990-01-01' })).toEqual([
      { field: 'periodStart', code: 'not-a-date' },
    ]);
  });
});
