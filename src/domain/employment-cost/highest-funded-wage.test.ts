import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { employmentCost } from './employment-cost';
import { highestFundedHourlyWage, type FundedWageInput, type FundedWageResult } from './highest-funded-wage';

const PA = {
  date: '2025-06-01',
  minutesPerWeek: 20 * 60,
  workerAge: 30,
  yearlyCosts: { insurancePence: 6000, payrollPence: 15000 },
} as const;

function ok(result: FundedWageResult) {
  if (!result.ok) throw new Error(`expected a result, got ${JSON.stringify(result.errors)}`);
  return result;
}

describe('the highest wage a council rate funds', () => {
  // Cost per worked hour ≈ (1,040w × 1.18 − £750 − £187.20 + £210) ÷ 928 (see employment-cost.test.ts);
  // at £20.00 an hour: 1,227.2w ≤ 1,856,000 + 72,720 gives w ≤ £15.716, so £15.71.
  it('finds £15.71 an hour from a £20.00 rate in 2025/26, which covers the minimum wage and the Real Living Wage', () => {
    const result = ok(highestFundedHourlyWage({ ...PA, councilRatePencePerHour: 2000 }));
    expect(result).toMatchObject({
      highestHourlyWagePence: 1571,
      costPerWorkedHourPence: 2000,
      minimumWagePencePerHour: 1221,
      realLivingWagePencePerHour: 1260,
      fundsMinimumWage: true,
      fundsRealLivingWage: true,
      gapPerHourPence: 0,
      realLivingWageGapPerHourPence: 0,
    });
    expect(ok(highestFundedHourlyWage({ ...PA, councilRatePencePerHour: 1999 })).highestHourlyWagePence).toBeLessThan(1571);
  });

  it('shows the gap: a £14.00 rate funds £11.17, and needs £1.37 more an hour for the £12.21 minimum wage', () => {
    const result = ok(highestFundedHourlyWage({ ...PA, councilRatePencePerHour: 1400 }));
    expect(result).toMatchObject({
      highestHourlyWagePence: 1117,
      fundsMinimumWage: false,
      fundsRealLivingWage: false,
      gapPerHourPence: 137,
      realLivingWageGapPerHourPence: 188,
    });
    expect(result.steps).toContainEqual({
      id: 'minimum-wage',
      values: { minimumWagePencePerHour: 1221, costPerWorkedHourPence: 1537, gapPerHourPence: 137 },
    });
  });

  it('compares with the London Real Living Wage (£14.80 from 22 October 2025) when asked', () => {
    const result = ok(highestFundedHourlyWage({ ...PA, date: '2025-11-01', councilRatePencePerHour: 2000, london: true }));
    expect(result.realLivingWagePencePerHour).toBe(1480);
    expect(result.steps).toContainEqual(expect.objectContaining({ id: 'real-living-wage', values: expect.objectContaining({ london: 'yes' }) }));
  });

  it('has no Real Living Wage figure before the table starts (October 2024)', () => {
    const result = ok(highestFundedHourlyWage({ ...PA, date: '2024-06-01', councilRatePencePerHour: 2000 }));
    expect(result).toMatchObject({ realLivingWagePencePerHour: null, fundsRealLivingWage: null, realLivingWageGapPerHourPence: null });
  });

  it('returns 0 when the fixed costs alone exceed the rate', () => {
    const result = ok(highestFundedHourlyWage({ ...PA, minutesPerWeek: 60, yearlyCosts: { insurancePence: 500_000 }, councilRatePencePerHour: 1500 }));
    expect(result).toMatchObject({ highestHourlyWagePence: 0, fundsMinimumWage: false, fundsRealLivingWage: false });
    expect(result.steps.map((step) => step.id)).toContain('fixed-costs-exceed-rate');
  });

  it('reports input errors, and refuses a worker too young for the minimum wage', () => {
    expect(highestFundedHourlyWage({ ...PA } as unknown as FundedWageInput)).toEqual({
      ok: false,
      errors: [{ field: 'councilRatePencePerHour', code: 'required' }],
    });
    expect(highestFundedHourlyWage({ ...PA, workerAge: 15, councilRatePencePerHour: 2000 })).toEqual({
      ok: false,
      errors: [{ field: 'workerAge', code: 'under-minimum-age' }],
    });
  });
});

describe('properties', () => {
  const inputs = fc.record({
    date: fc.constantFrom('2024-06-01', '2025-04-05', '2025-04-06', '2026-09-01'),
    minutesPerWeek: fc.integer({ min: 60, max: 3000 }),
    paidWeeksPerYear: fc.integer({ min: 1, max: 52 }),
    workerAge: fc.integer({ min: 16, max: 70 }),
    claimsEmploymentAllowance: fc.boolean(),
    otherPasEmployerNiPence: fc.option(fc.integer({ min: 0, max: 2_000_000 }), { nil: undefined }),
    yearlyCosts: fc.record({ insurancePence: fc.integer({ min: 0, max: 50_000 }) }),
  });

  it('never returns a wage whose cost exceeds the rate, and one penny more always would', () => {
    fc.assert(
      fc.property(inputs, fc.integer({ min: 0, max: 4000 }), (input, rate) => {
        const result = ok(highestFundedHourlyWage({ ...input, councilRatePencePerHour: rate }));
        const cost = (hourlyWagePence: number) => {
          const breakdown = employmentCost({ ...input, hourlyWagePence });
          if (!breakdown.ok) throw new Error('unexpected');
          return breakdown.costPerWorkedHourPence;
        };
        if (result.highestHourlyWagePence > 0) expect(cost(result.highestHourlyWagePence)).toBeLessThanOrEqual(rate);
        expect(cost(result.highestHourlyWagePence + 1)).toBeGreaterThan(rate);
        expect(result.fundsMinimumWage).toBe(result.gapPerHourPence === 0);
      }),
    );
  });

  it('more funding never lowers the funded wage', () => {
    fc.assert(
      fc.property(inputs, fc.integer({ min: 0, max: 4000 }), fc.integer({ min: 1, max: 400 }), (input, rate, more) => {
        const wage = (councilRatePencePerHour: number) => ok(highestFundedHourlyWage({ ...input, councilRatePencePerHour })).highestHourlyWagePence;
        expect(wage(rate + more)).toBeGreaterThanOrEqual(wage(rate));
      }),
    );
  });
});
