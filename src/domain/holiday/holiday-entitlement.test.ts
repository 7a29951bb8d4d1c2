import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { holidayEntitlement, type HolidayInput, type HolidayResult } from './holiday-entitlement';

const YEAR = { nation: 'england', leaveYearStart: '2026-01-01' } as const;

function ok(result: HolidayResult) {
  if (!result.ok) throw new Error(`expected a result, got ${JSON.stringify(result.errors)}`);
  return result;
}

function errorsOf(input: unknown) {
  const result = holidayEntitlement(input as HolidayInput);
  if (result.ok) throw new Error('expected errors');
  return result.errors;
}

describe('days a week (GOV.UK holiday entitlement: 5.6 weeks, capped at 28 days)', () => {
  it('gives 28 days for a 5-day week (gov.uk/holiday-entitlement-rights)', () => {
    expect(ok(holidayEntitlement({ ...YEAR, pattern: 'days-per-week', daysPerWeek: 5 })).days).toBe(28);
  });

  it('gives 16.8 days for a 3-day week, 3 × 5.6 (gov.uk/holiday-entitlement-rights)', () => {
    const result = ok(holidayEntitlement({ ...YEAR, pattern: 'days-per-week', daysPerWeek: 3 }));
    expect(result.days).toBe(16.8);
    expect(result.steps.map((step) => step.id)).toEqual(['statutory-leave', 'full-year-leave', 'entitlement']);
  });

  it('caps a 6-day week at 28 days, not 33.6 (gov.uk/holiday-entitlement-rights)', () => {
    const result = ok(holidayEntitlement({ ...YEAR, pattern: 'days-per-week', daysPerWeek: 6 }));
    expect(result.days).toBe(28);
    expect(result.steps).toContainEqual({ id: 'capped-at-maximum', values: { uncapped: 33.6, maximum: 28 } });
  });

  it('rounds up to the next tenth: 2.33 days a week is 13.048, shown as 13.1 (GOV.UK calculator rounds up)', () => {
    expect(ok(holidayEntitlement({ ...YEAR, pattern: 'days-per-week', daysPerWeek: 2.33 })).days).toBe(13.1);
  });

  it('rounds a starter up to the half day: 28 × 10/12 = 23.33 becomes 23.5 (GOV.UK calculator; WTR reg 15A(2))', () => {
    const result = ok(holidayEntitlement({ ...YEAR, startDate: '2026-03-14', pattern: 'days-per-week', daysPerWeek: 5 }));
    expect(result.days).toBe(23.5);
    expect(result.steps).toContainEqual({ id: 'rounded-up-to-half', values: { before: 23.33, after: 23.5 } });
  });

  it('never lets the months method fall below the days remaining: from 1 July in an April year, 28 × 274/365 = 21.02 → 21.5', () => {
    const input = { nation: 'england', leaveYearStart: '2026-04-01', startDate: '2026-07-01' } as const;
    expect(ok(holidayEntitlement({ ...input, pattern: 'days-per-week', daysPerWeek: 5 })).days).toBe(21.5);
  });

  it('pro-rates a leaver by days: leaving 30 June gives 28 × 181/365 = 13.89, shown 13.9 (WTR reg 14)', () => {
    const result = ok(holidayEntitlement({ ...YEAR, leavingDate: '2026-06-30', pattern: 'days-per-week', daysPerWeek: 5 }));
    expect(result.days).toBe(13.9);
    expect(result.steps).toContainEqual({
      id: 'share-of-leave-year',
      values: { basis: 'days-employed', numerator: 181, denominator: 365 },
    });
  });

  it('uses 366 days in a leave year containing 29 February: 28 × 182/366 = 13.92, shown 14', () => {
    const input = { nation: 'wales', leaveYearStart: '2024-01-01', leavingDate: '2024-06-30' } as const;
    expect(ok(holidayEntitlement({ ...input, pattern: 'days-per-week', daysPerWeek: 5 })).days).toBe(14);
  });

  it('gives Northern Ireland the same 5.6 weeks (Working Time Regulations (NI) 2016; nidirect)', () => {
    const input = { ...YEAR, nation: 'northern-ireland' } as const;
    expect(ok(holidayEntitlement({ ...input, pattern: 'days-per-week', daysPerWeek: 4 })).days).toBe(22.4);
  });
});

describe('hours a week and compressed hours', () => {
  it('gives 210 hours for 37.5 hours over 5 days, 5.6 × 37.5', () => {
    const result = ok(holidayEntitlement({ ...YEAR, pattern: 'hours-per-week', minutesPerWeek: 2250, daysPerWeek: 5 }));
    expect(result.minutes).toBe(210 * 60);
    expect(result.days).toBe(28);
  });

  it('caps hours at 28 average days: 48 hours over 6 days gives 28 × 8 = 224 hours, not 268.8', () => {
    const result = ok(holidayEntitlement({ ...YEAR, pattern: 'hours-per-week', minutesPerWeek: 48 * 60, daysPerWeek: 6 }));
    expect(result.minutes).toBe(224 * 60);
  });

  it('gives 224 hours for 40 hours compressed into 4 days, with a 10-hour average day (GOV.UK compressed hours)', () => {
    const result = ok(holidayEntitlement({ ...YEAR, pattern: 'compressed-hours', minutesPerWeek: 2400, daysPerWeek: 4 }));
    expect(result.minutes).toBe(224 * 60);
    expect(result.steps).toContainEqual({ id: 'average-day', values: { minutes: 600 } });
  });

  it('converts a starter’s half-day-rounded days to hours: 20 h over 2.5 days from 14 March is 12 days = 96 h', () => {
    // 5.6 × 2.5 = 14 days; × 10/12 = 11.67, up to 12 days; 12 × (20 h ÷ 2.5) = 96 h.
    const input = { ...YEAR, startDate: '2026-03-14' } as const;
    const result = ok(holidayEntitlement({ ...input, pattern: 'hours-per-week', minutesPerWeek: 1200, daysPerWeek: 2.5 }));
    expect(result.days).toBe(12);
    expect(result.minutes).toBe(96 * 60);
  });

  it('pro-rates a leaver’s hours exactly, rounding up to the minute: 37.5 h/week leaving 30 June', () => {
    // 210 h × 181/365 = 104.137 h = 6248.2 minutes, up to 6249.
    const input = { ...YEAR, leavingDate: '2026-06-30' } as const;
    const result = ok(holidayEntitlement({ ...input, pattern: 'hours-per-week', minutesPerWeek: 2250, daysPerWeek: 5 }));
    expect(result.minutes).toBe(6249);
  });
});

describe('shifts', () => {
  it('gives 22.4 shifts for 4 shifts a week, and 16128 minutes for 12-hour shifts', () => {
    const result = ok(holidayEntitlement({ ...YEAR, pattern: 'shifts', shiftsPerPattern: 4, daysPerPattern: 7, minutesPerShift: 720 }));
    expect(result.shifts).toBe(22.4);
    expect(result.minutes).toBe(16128);
  });

  it('works out shifts a week from the pattern: 3 shifts in 6 days is 3.5 a week, 19.6 shifts', () => {
    const result = ok(holidayEntitlement({ ...YEAR, pattern: 'shifts', shiftsPerPattern: 3, daysPerPattern: 6 }));
    expect(result.shifts).toBe(19.6);
    expect(result.minutes).toBeUndefined();
  });

  it('caps 6 shifts a week at 28 shifts', () => {
    expect(ok(holidayEntitlement({ ...YEAR, pattern: 'shifts', shiftsPerPattern: 12, daysPerPattern: 14 })).shifts).toBe(28);
  });

  it('rounds a starter up to the half shift and gives minutes from the rounded shifts', () => {
    // 22.4 × 10/12 = 18.67, up to 19 shifts; 19 × 600 minutes.
    const input = { ...YEAR, startDate: '2026-03-14' } as const;
    const result = ok(holidayEntitlement({ ...input, pattern: 'shifts', shiftsPerPattern: 4, daysPerPattern: 7, minutesPerShift: 600 }));
    expect(result.shifts).toBe(19);
    expect(result.minutes).toBe(11400);
  });
});

describe('irregular hours: 12.07% accrual in GB leave years from 1 April 2024 (WTR reg 15B)', () => {
  const GB_2026 = { nation: 'scotland', leaveYearStart: '2026-04-01', pattern: 'irregular-hours' } as const;

  it('rounds 3.6 hours up to 4 (GOV.UK calculator: "3.6 hours is 4 hours’ entitlement"): 30 h × 12.07% = 3.62 h', () => {
    const result = ok(holidayEntitlement({ ...GB_2026, payPeriods: [{ minutesWorked: 30 * 60 }] }));
    expect(result.method).toBe('accrual');
    expect(result.minutes).toBe(240);
  });

  it('keeps under half an hour exact, rounded up to the minute: 20 h × 12.07% = 144.84 minutes → 145', () => {
    const result = ok(holidayEntitlement({ ...GB_2026, payPeriods: [{ minutesWorked: 20 * 60 }] }));
    expect(result.minutes).toBe(145);
  });

  it('adds the accrual of each pay period and shows each one', () => {
    const result = ok(holidayEntitlement({ ...GB_2026, payPeriods: [{ minutesWorked: 1200 }, { minutesWorked: 1800 }, { minutesWorked: 0 }] }));
    expect(result.minutes).toBe(145 + 240 + 0);
    expect(result.steps.filter((step) => step.id === 'period-accrual')).toHaveLength(3);
    expect(result.rolledUpHolidayPayPence).toBeUndefined();
  });

  it('works out rolled-up holiday pay as 12.07% of each period’s pay (WTR reg 16A): £300 → £36.21', () => {
    const result = ok(holidayEntitlement({ ...GB_2026, payPeriods: [{ minutesWorked: 1800, payPence: 30000 }, { minutesWorked: 600, payPence: 12345 }] }));
    // 12345 × 12.07% = 1490.04 → 1490.
    expect(result.rolledUpHolidayPayPence).toBe(3621 + 1490);
  });

  it('caps accrual at 28 average days when an average day is given', () => {
    const periods = Array.from({ length: 52 }, () => ({ minutesWorked: 60 * 60 }));
    const result = ok(holidayEntitlement({ ...GB_2026, payPeriods: periods, averageDayMinutes: 60 }));
    expect(result.minutes).toBe(28 * 60);
  });

  it('applies from a leave year starting exactly on 1 April 2024, not one starting on 31 March', () => {
    const before = ok(holidayEntitlement({ ...GB_2026, leaveYearStart: '2024-03-31', referenceWeeksMinutes: [600] }));
    const after = ok(holidayEntitlement({ ...GB_2026, leaveYearStart: '2024-04-01', payPeriods: [{ minutesWorked: 600 }] }));
    expect(before.method).toBe('average-week');
    expect(after.method).toBe('accrual');
  });
});

describe('irregular hours: 5.6 average weeks in Northern Ireland and earlier GB leave years (Harpur Trust v Brazel [2022] UKSC 21)', () => {
  const NI = { nation: 'northern-ireland', leaveYearStart: '2026-04-01', pattern: 'irregular-hours' } as const;

  it('gives 5.6 times the average week: weeks of 10, 20, 0 and 30 hours average 15 hours, so 84 hours', () => {
    const result = ok(holidayEntitlement({ ...NI, referenceWeeksMinutes: [600, 1200, 0, 1800] }));
    expect(result.method).toBe('average-week');
    expect(result.minutes).toBe(84 * 60);
  });

  it('does not allow the 12.07% accrual in Northern Ireland even for leave years after April 2024', () => {
    expect(errorsOf({ ...NI, payPeriods: [{ minutesWorked: 600 }] })).toEqual([{ field: 'referenceWeeksMinutes', code: 'required' }]);
  });

  it('caps at 28 average days when given, then pro-rates a leaver', () => {
    // cap 28 × 60 = 1680 minutes; leaving 30 September 2026 = 183/365 of the year → 842.3 → 843.
    const input = { ...NI, leavingDate: '2026-09-30', referenceWeeksMinutes: [1800], averageDayMinutes: 60 };
    const result = ok(holidayEntitlement(input));
    expect(result.minutes).toBe(843);
    expect(result.steps.map((step) => step.id)).toContain('capped-at-maximum-hours');
  });

  it('leaves the entitlement uncapped when the average day is long enough', () => {
    const result = ok(holidayEntitlement({ ...NI, referenceWeeksMinutes: [1800], averageDayMinutes: 600 }));
    expect(result.minutes).toBe(168 * 60);
  });
});

describe('input errors', () => {
  it('asks for the pattern first', () => {
    expect(errorsOf({ ...YEAR })).toEqual([{ field: 'pattern', code: 'required' }]);
    expect(errorsOf({ ...YEAR, pattern: 'weekly' })).toEqual([{ field: 'pattern', code: 'required' }]);
  });

  it('reports every problem with the leave year at once', () => {
    expect(errorsOf({ pattern: 'days-per-week', daysPerWeek: 5, nation: 'france', leaveYearStart: '' })).toEqual([
      { field: 'nation', code: 'required' },
      { field: 'leaveYearStart', code: 'required' },
    ]);
    expect(
      errorsOf({ ...YEAR, pattern: 'days-per-week', daysPerWeek: 5, startDate: '2026-13-01', leavingDate: '2027-01-01' }),
    ).toEqual([
      { field: 'startDate', code: 'not-a-date' },
      { field: 'leavingDate', code: 'outside-leave-year' },
    ]);
    expect(
      errorsOf({ ...YEAR, pattern: 'days-per-week', daysPerWeek: 5, startDate: '2026-06-01', leavingDate: '2026-05-01' }),
    ).toEqual([{ field: 'leavingDate', code: 'end-before-start' }]);
    expect(errorsOf({ ...YEAR, pattern: 'days-per-week', daysPerWeek: 5, startDate: '2025-12-31' })).toEqual([
      { field: 'startDate', code: 'outside-leave-year' },
    ]);
  });

  it('refuses leave years before the rates table starts', () => {
    expect(errorsOf({ ...YEAR, leaveYearStart: '2008-01-01', pattern: 'days-per-week', daysPerWeek: 5 })).toEqual([
      { field: 'leaveYearStart', code: 'outside-rates-table' },
    ]);
  });

  it('checks days a week', () => {
    const days = (daysPerWeek: unknown) => errorsOf({ ...YEAR, pattern: 'days-per-week', daysPerWeek });
    expect(days(undefined)).toEqual([{ field: 'daysPerWeek', code: 'required' }]);
    expect(days('five')).toEqual([{ field: 'daysPerWeek', code: 'not-a-number' }]);
    expect(days(Number.NaN)).toEqual([{ field: 'daysPerWeek', code: 'not-a-number' }]);
    expect(days(-1)).toEqual([{ field: 'daysPerWeek', code: 'negative' }]);
    expect(days(0)).toEqual([{ field: 'daysPerWeek', code: 'zero' }]);
    expect(days(2.555)).toEqual([{ field: 'daysPerWeek', code: 'too-many-decimals' }]);
    expect(days(7.5)).toEqual([{ field: 'daysPerWeek', code: 'too-many-days' }]);
  });

  it('checks hours and shifts', () => {
    expect(errorsOf({ ...YEAR, pattern: 'hours-per-week', minutesPerWeek: 90.5, daysPerWeek: 0 })).toEqual([
      { field: 'minutesPerWeek', code: 'not-whole' },
      { field: 'daysPerWeek', code: 'zero' },
    ]);
    expect(errorsOf({ ...YEAR, pattern: 'compressed-hours', minutesPerWeek: 0, daysPerWeek: 4 })).toEqual([
      { field: 'minutesPerWeek', code: 'zero' },
    ]);
    expect(errorsOf({ ...YEAR, pattern: 'hours-per-week', minutesPerWeek: 10081, daysPerWeek: 4 })).toEqual([
      { field: 'minutesPerWeek', code: 'too-large' },
    ]);
    expect(errorsOf({ ...YEAR, pattern: 'shifts', shiftsPerPattern: 0, daysPerPattern: null, minutesPerShift: 2000 })).toEqual([
      { field: 'shiftsPerPattern', code: 'zero' },
      { field: 'daysPerPattern', code: 'required' },
      { field: 'minutesPerShift', code: 'too-large' },
    ]);
  });

  it('checks pay periods and reference weeks', () => {
    const GB = { nation: 'england', leaveYearStart: '2026-04-01', pattern: 'irregular-hours' };
    expect(errorsOf({ ...GB, payPeriods: [] })).toEqual([{ field: 'payPeriods', code: 'required' }]);
    expect(errorsOf({ ...GB, payPeriods: Array.from({ length: 401 }, () => ({ minutesWorked: 1 })) })).toEqual([
      { field: 'payPeriods', code: 'too-large' },
    ]);
    expect(errorsOf({ ...GB, payPeriods: [null, { minutesWorked: 60, payPence: -1 }, { minutesWorked: 60, payPence: '' }] })).toEqual([
      { field: 'payPeriods.0.minutesWorked', code: 'required' },
      { field: 'payPeriods.1.payPence', code: 'negative' },
    ]);
    const NI = { ...GB, nation: 'northern-ireland' };
    expect(errorsOf({ ...NI, referenceWeeksMinutes: Array.from({ length: 53 }, () => 60) })).toEqual([
      { field: 'referenceWeeksMinutes', code: 'too-large' },
    ]);
    expect(errorsOf({ ...NI, referenceWeeksMinutes: [60, -5], averageDayMinutes: 0 })).toEqual([
      { field: 'averageDayMinutes', code: 'zero' },
      { field: 'referenceWeeksMinutes.1', code: 'negative' },
    ]);
  });

  it('skips the irregular-hours lists when the nation or leave year is unusable', () => {
    expect(errorsOf({ nation: 'england', leaveYearStart: 'soon', pattern: 'irregular-hours' })).toEqual([
      { field: 'leaveYearStart', code: 'not-a-date' },
    ]);
  });
});

describe('properties', () => {
  const leaveYearStart = '2026-04-01';

  it('never gives more than 28 days, and more days a week never give less leave', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 699 }), (hundredths) => {
        const days = (value: number) => ok(holidayEntitlement({ nation: 'england', leaveYearStart, pattern: 'days-per-week', daysPerWeek: value / 100 })).days as number;
        expect(days(hundredths)).toBeLessThanOrEqual(28);
        expect(days(hundredths + 1)).toBeGreaterThanOrEqual(days(hundredths));
      }),
    );
  });

  it('never gives a starter less than the share of the year remaining (WTR reg 13(5))', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 364 }), fc.integer({ min: 1, max: 700 }), (offset, hundredths) => {
        const start = new Date(Date.UTC(2026, 3, 1 + offset)).toISOString().slice(0, 10);
        const input = { nation: 'england', leaveYearStart, startDate: start, pattern: 'days-per-week', daysPerWeek: hundredths / 100 } as const;
        const remaining = (365 - offset) / 365;
        const fullYear = Math.min(5.6 * (hundredths / 100), 28);
        expect(ok(holidayEntitlement(input)).days as number).toBeGreaterThanOrEqual(fullYear * remaining - 1e-9);
      }),
    );
  });
});
