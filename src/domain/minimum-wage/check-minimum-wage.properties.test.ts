import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../shared/iso-date';
import { checkMinimumWage } from './check-minimum-wage';
import type { MinimumWageCheck, MinimumWageInput } from './types';

/** Days since 1 October 2015 up to mid-2026, so every start date is in the rates table. */
const startDay = fc.integer({ min: 0, max: 3900 });
const quarterHours = (max: number) => fc.integer({ min: 0, max: max * 4 }).map((n) => n / 4);

const validInput: fc.Arbitrary<MinimumWageInput> = fc
  .record({
    start: startDay,
    // A week to four weeks: with at most 150 hours generated (plus 10 added below) no input
    // goes over the 24-hours-a-day limit.
    length: fc.integer({ min: 7, max: 28 }),
    daysUntilToday: fc.integer({ min: 0, max: 4000 }),
    age: fc.integer({ min: 16, max: 80 }),
    apprentice: fc.option(fc.record({ inFirstYear: fc.boolean() }), { nil: undefined }),
    basic: quarterHours(100),
    travel: quarterHours(20),
    training: quarterHours(10),
    waiting: quarterHours(10),
    sleepIn: quarterHours(10),
    gross: fc.integer({ min: 0, max: 400_000 }),
    premiumShare: fc.double({ min: 0, max: 1, noNaN: true }),
    deductions: fc.integer({ min: 0, max: 20_000 }),
    accommodation: fc.option(
      fc.record({ days: fc.integer({ min: 0, max: 28 }), charge: fc.integer({ min: 0, max: 60_000 }) }),
      { nil: undefined },
    ),
  })
  .map((r) => {
    const periodStart = addDays('2015-10-01', r.start);
    const input: MinimumWageInput = {
      periodStart,
      periodEnd: addDays(periodStart, r.length - 1),
      ageAtPeriodStart: r.age,
      hours: {
        basic: r.basic,
        travelBetweenAssignments: r.travel,
        training: r.training,
        waitingOrOnCallAtWork: r.waiting,
        sleepInAwakeForWork: r.sleepIn,
      },
      grossPayPence: r.gross,
      premiumPayPence: Math.floor(r.gross * r.premiumShare),
      deductionsForEmployerPence: r.deductions,
      today: addDays(periodStart, r.daysUntilToday),
    };
    if (r.apprentice) input.apprentice = r.apprentice;
    if (r.accommodation) {
      input.accommodation = {
        daysProvided: Math.min(r.accommodation.days, r.length),
        chargePence: r.accommodation.charge,
      };
    }
    return input;
  });

function run(input: MinimumWageInput): MinimumWageCheck {
  const result = checkMinimumWage(input);
  if (!result.ok) throw new Error(`Generated input refused: ${JSON.stringify(result.errors)}`);
  return result;
}

describe('checkMinimumWage properties', () => {
  it('more pay never turns a compliant period into a non-compliant one', () => {
    fc.assert(
      fc.property(validInput, fc.integer({ min: 1, max: 100_000 }), (input, extra) => {
        const before = run(input);
        const after = run({ ...input, grossPayPence: input.grossPayPence + extra });
        if (before.compliant) expect(after.compliant).toBe(true);
        expect(after.shortfallPence).toBeLessThanOrEqual(before.shortfallPence);
      }),
    );
  });

  it('more counted hours never turns a non-compliant period into a compliant one', () => {
    const kinds = ['basic', 'travelBetweenAssignments', 'training', 'waitingOrOnCallAtWork', 'sleepInAwakeForWork'] as const;
    fc.assert(
      fc.property(validInput, fc.constantFrom(...kinds), quarterHours(10), (input, kind, extra) => {
        const before = run(input);
        const hours = { ...input.hours, [kind]: (input.hours[kind] ?? 0) + extra };
        const after = run({ ...input, hours });
        if (!before.compliant) expect(after.compliant).toBe(false);
        expect(after.shortfallPence).toBeGreaterThanOrEqual(before.shortfallPence);
      }),
    );
  });

  it('arrears are never below the shortfall, and are owed exactly when the period falls short', () => {
    fc.assert(
      fc.property(validInput, (input) => {
        const result = run(input);
        expect(result.arrearsTodayPence).toBeGreaterThanOrEqual(result.shortfallPence);
        expect(result.arrearsTodayPence > 0).toBe(!result.compliant);
        expect(result.compliant).toBe(result.shortfallPence === 0);
      }),
    );
  });

  it('requires the hours counted × the rate, to the nearest penny', () => {
    fc.assert(
      fc.property(validInput, (input) => {
        const result = run(input);
        expect(Math.abs(result.requiredPence - result.hoursCounted * result.minimumRatePence)).toBeLessThanOrEqual(0.5 + 1e-9);
        expect(Number.isInteger(result.requiredPence)).toBe(true);
        expect(Number.isInteger(result.arrearsTodayPence)).toBe(true);
      }),
    );
  });
});
