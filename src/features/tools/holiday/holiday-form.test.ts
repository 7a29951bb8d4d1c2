import { describe, expect, it } from 'vitest';
import { evaluateHoliday, INITIAL_HOLIDAY_FORM, restoreHolidayForm, type HolidayForm } from './holiday-form';

const TODAY = '2026-11-23';
const base: HolidayForm = {
  ...INITIAL_HOLIDAY_FORM,
  nation: 'england',
  pattern: 'days-per-week',
  leaveYearStart: { day: '1', month: '4', year: '2026' },
  startedInYear: 'no',
  leavingInYear: 'no',
  daysPerWeek: '3',
};

const outcome = (form: HolidayForm) => {
  const evaluation = evaluateHoliday(form, TODAY);
  return evaluation.ok ? evaluation.result : evaluation.issues.map((issue) => `${issue.field}:${issue.code}`);
};

describe('evaluateHoliday', () => {
  it('gives 16.8 days for 3 days a week', () => {
    expect(outcome(base)).toMatchObject({ days: 16.8 });
  });

  it('turns hours typed as h:mm into minutes for the calculator', () => {
    expect(outcome({ ...base, pattern: 'hours-per-week', hoursPerWeek: '37:30', daysPerWeek: '5' })).toMatchObject({ minutes: 210 * 60 });
  });

  it('gives shifts, and hours when the shift length is known', () => {
    expect(outcome({ ...base, pattern: 'shifts', shiftsPerPattern: '4', daysPerPattern: '7', hoursPerShift: '12' })).toMatchObject({ shifts: 22.4, minutes: 16128 });
  });

  it('builds up irregular hours by pay period in Great Britain, with rolled-up pay', () => {
    const result = outcome({
      ...base,
      pattern: 'irregular-hours',
      periods: [
        { hours: '100', pay: '1271' },
        { hours: '50', pay: '' },
      ],
    });
    expect(result).toMatchObject({ method: 'accrual', rolledUpHolidayPayPence: 15_341 });
  });

  it('uses the average week in Northern Ireland', () => {
    const result = outcome({ ...base, nation: 'northern-ireland', pattern: 'irregular-hours', referenceWeeks: '12', referenceHours: '240' });
    expect(result).toMatchObject({ method: 'average-week', minutes: 112 * 60 });
  });

  it('asks for everything on an empty form', () => {
    expect(outcome(INITIAL_HOLIDAY_FORM)).toEqual([
      'nation:required',
      'pattern:required',
      'startedInYear:required',
      'leavingInYear:required',
      'leaveYearStart:required',
    ]);
  });

  it('asks for the pattern’s own answers and reports them at their fields', () => {
    expect(outcome({ ...base, daysPerWeek: '' })).toEqual(['daysPerWeek:required']);
    expect(outcome({ ...base, daysPerWeek: '8' })).toEqual(['daysPerWeek:too-many-days']);
    expect(outcome({ ...base, daysPerWeek: '2.555' })).toEqual(['daysPerWeek:too-many-decimals']);
    expect(outcome({ ...base, daysPerWeek: '0' })).toEqual(['daysPerWeek:zero']);
    expect(outcome({ ...base, pattern: 'shifts', shiftsPerPattern: 'x', daysPerPattern: '7', hoursPerShift: '25' })).toEqual([
      'shiftsPerPattern:not-a-number',
      'hoursPerShift:too-large',
    ]);
  });

  it('reports each pay period row at its own field', () => {
    const result = outcome({ ...base, pattern: 'irregular-hours', periods: [{ hours: '10', pay: '' }, { hours: '', pay: 'lots' }] });
    expect(result).toEqual(['periodHours.1:required', 'periodPay.1:not-money']);
  });

  it('checks dates against the leave year', () => {
    expect(outcome({ ...base, startedInYear: 'yes', startDate: { day: '1', month: '3', year: '2026' } })).toEqual(['startDate:outside-leave-year']);
    expect(
      outcome({
        ...base,
        startedInYear: 'yes',
        startDate: { day: '1', month: '6', year: '2026' },
        leavingInYear: 'yes',
        leavingDate: { day: '1', month: '5', year: '2026' },
      }),
    ).toEqual(['leavingDate:end-before-start']);
    expect(outcome({ ...base, leavingInYear: 'yes', leavingDate: { day: '30', month: '2', year: '2027' } })).toEqual(['leavingDate:not-a-date']);
  });
});

describe('restoreHolidayForm', () => {
  it('keeps readable answers and pay period rows, drops the rest', () => {
    const restored = restoreHolidayForm({ nation: 'wales', pattern: 'weekly', periods: [{ hours: '5', pay: 3 }], leaveYearStart: 'x' });
    expect(restored).toEqual({ ...INITIAL_HOLIDAY_FORM, nation: 'wales', periods: [{ hours: '5', pay: '' }] });
    expect(restoreHolidayForm({ periods: 'none' })?.periods).toEqual(INITIAL_HOLIDAY_FORM.periods);
    expect(restoreHolidayForm(7)).toBeUndefined();
  });
});
