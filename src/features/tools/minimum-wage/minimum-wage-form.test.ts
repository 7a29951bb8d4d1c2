import { describe, expect, it } from 'vitest';
import { evaluateMinimumWage, INITIAL_MINIMUM_WAGE_FORM, restoreMinimumWageForm, type MinimumWageForm } from './minimum-wage-form';

const TODAY = '2026-11-23';

/** The worked example: a 30-year-old in April 2026, 40 hours on shift plus 5 travelling, paid £500. */
const april: MinimumWageForm = {
  ...INITIAL_MINIMUM_WAGE_FORM,
  asker: 'pa',
  age: '30',
  apprentice: 'no',
  periodStart: { day: '1', month: '4', year: '2026' },
  periodEnd: { day: '30', month: '4', year: '2026' },
  basicHours: '40',
  travelHours: '5',
  grossPay: '£500',
  accommodation: 'no',
};

const issues = (form: MinimumWageForm) => {
  const evaluation = evaluateMinimumWage(form, TODAY);
  return evaluation.ok ? [] : evaluation.issues.map((issue) => `${issue.field}:${issue.code}`);
};

describe('evaluateMinimumWage', () => {
  it('counts travel between visits and finds the shortfall in the worked example', () => {
    const evaluation = evaluateMinimumWage(april, TODAY);
    expect(evaluation.ok).toBe(true);
    if (!evaluation.ok) return;
    expect(evaluation.result.hoursCounted).toBe(45);
    expect(evaluation.result.minimumRatePence).toBe(1271);
    expect(evaluation.result.requiredPence).toBe(57_195);
    expect(evaluation.result.shortfallPence).toBe(7195);
    expect(evaluation.input).toMatchObject({ grossPayPence: 50_000, hours: { basic: 40, travelBetweenAssignments: 5 } });
  });

  it('reads hours typed as h:mm and money with commas', () => {
    const evaluation = evaluateMinimumWage({ ...april, basicHours: '40:30', grossPay: '1,000.00' }, TODAY);
    expect(evaluation.ok && evaluation.result.hoursCounted).toBe(45.5);
    expect(evaluation.ok && evaluation.result.compliant).toBe(true);
  });

  it('asks for every required answer on an empty form, and nothing optional', () => {
    expect(issues(INITIAL_MINIMUM_WAGE_FORM).sort()).toEqual(
      [
        'accommodation:required',
        'age:required',
        'apprentice:required',
        'asker:required',
        'basicHours:required',
        'grossPay:required',
        'periodEnd:required',
        'periodStart:required',
      ].sort(),
    );
  });

  it('reports what is wrong with typed values once, not also as missing', () => {
    expect(issues({ ...april, grossPay: 'five hundred', travelHours: '5:75', age: '30.5', deductions: '-3' })).toEqual([
      'age:not-whole',
      'travelHours:minutes-too-large',
      'grossPay:not-money',
      'deductions:negative',
    ]);
  });

  it('points at the date box that is wrong', () => {
    const evaluation = evaluateMinimumWage({ ...april, periodStart: { day: '31', month: '2', year: '2026' }, periodEnd: { day: '1', month: '', year: '2026' } }, TODAY);
    expect(evaluation.ok).toBe(false);
    if (evaluation.ok) return;
    expect(evaluation.issues).toEqual([
      { field: 'periodStart', code: 'not-a-date', parts: ['day', 'month'] },
      { field: 'periodEnd', code: 'missing-month', parts: ['month'] },
    ]);
  });

  it.each([
    ['a period that has not started', { periodStart: { day: '1', month: '12', year: '2026' }, periodEnd: { day: '31', month: '12', year: '2026' } }, 'periodStart:future-period'],
    ['a period before the rates table', { periodStart: { day: '1', month: '4', year: '2015' }, periodEnd: { day: '30', month: '4', year: '2015' } }, 'periodStart:before-rates-table'],
    ['an end before the start', { periodEnd: { day: '31', month: '3', year: '2026' } }, 'periodEnd:end-before-start'],
    ['a period over a month', { periodEnd: { day: '1', month: '5', year: '2026' } }, 'periodEnd:period-too-long'],
    ['more hours than the period has', { basicHours: '721' }, 'basicHours:too-many-hours'],
    ['a premium above gross pay', { premiumPay: '600' }, 'premiumPay:premium-more-than-pay'],
    ['a worker under 16', { age: '15' }, 'age:under-16'],
    ['accommodation on more days than the period', { accommodation: 'yes', accommodationDays: '31', accommodationCharge: '0' }, 'accommodationDays:days-more-than-period'],
  ] as const)('turns the calculator’s check of %s into an error at the field', (_name, change, expected) => {
    expect(issues({ ...april, ...change } as MinimumWageForm)).toEqual([expected]);
  });

  it('asks the follow-up questions only when they apply', () => {
    expect(issues({ ...april, apprentice: 'yes' })).toEqual(['apprenticeFirstYear:required']);
    expect(issues({ ...april, accommodation: 'yes' })).toEqual(['accommodationDays:required', 'accommodationCharge:required']);
    expect(issues({ ...april, apprentice: 'no', apprenticeFirstYear: '', accommodationDays: 'junk' })).toEqual([]);
  });
});

describe('restoreMinimumWageForm', () => {
  it('keeps what it recognises from a stored form and drops the rest', () => {
    const restored = restoreMinimumWageForm({ age: '30', asker: 'boss', periodStart: { day: 1 }, grossPay: 12, extra: 'x' });
    expect(restored).toEqual({ ...INITIAL_MINIMUM_WAGE_FORM, age: '30' });
  });

  it('refuses something that is not a form at all', () => {
    expect(restoreMinimumWageForm(null)).toBeUndefined();
    expect(restoreMinimumWageForm('form')).toBeUndefined();
  });
});
