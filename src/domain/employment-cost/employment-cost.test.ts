import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { EmploymentCostInput } from './cost-inputs';
import { employmentCost, type EmploymentCostResult } from './employment-cost';

// Rates used (gov.uk "Rates and thresholds for employers" 2024-25 and 2025-26; Pensions Act 2008):
// employer NI 13.8% above £9,100 (2024/25), 15% above £5,000 (2025/26); Employment Allowance £5,000
// then £10,500; auto-enrolment trigger £10,000, qualifying earnings £6,240–£50,270, employer 3%.
const PA = {
  date: '2025-06-01',
  hourlyWagePence: 1221,
  minutesPerWeek: 20 * 60,
  workerAge: 30,
  yearlyCosts: { insurancePence: 6000, payrollPence: 15000 },
} as const;

function ok(result: EmploymentCostResult) {
  if (!result.ok) throw new Error(`expected a result, got ${JSON.stringify(result.errors)}`);
  return result;
}

function errorsOf(input: unknown) {
  const result = employmentCost(input as EmploymentCostInput);
  if (result.ok) throw new Error('expected errors');
  return result.errors;
}

describe('the yearly cost of a PA on £12.21 for 20 hours a week, 2025/26', () => {
  // Paid 52 weeks × 20 h = 1,040 h: £12,698.40. Holiday 5.6/52 of it = £1,367.52 (112 h);
  // work 928 h = £11,330.88. NI 15% × (£12,698.40 − £5,000) = £1,154.76. Pension 3% × (£12,698.40 −
  // £6,240) = £193.752 → £193.75. Other costs £210. Total £14,256.91; ÷ 928 h = £15.3631 → £15.37.
  it('adds pay, holiday pay, employer NI, pension and other costs: £14,256.91, £15.37 per hour worked', () => {
    const result = ok(employmentCost(PA));
    expect(result).toMatchObject({
      paidMinutesPerYear: 62400,
      workedMinutesPerYear: 55680,
      grossPayPence: 1269840,
      workPayPence: 1133088,
      holidayPayPence: 136752,
      employerNiPence: 115476,
      employmentAllowancePence: 0,
      pensionPence: 19375,
      otherCostsPence: 21000,
      totalPerYearPence: 1425691,
      costPerWorkedHourPence: 1537,
      meetsMinimumWage: true,
    });
    expect(result.steps.map((step) => step.id)).toEqual([
      'paid-and-worked-hours',
      'gross-pay',
      'employer-national-insurance',
      'employer-pension',
      'other-costs',
      'total',
    ]);
  });

  it('takes the whole NI bill off with the Employment Allowance for a sole PA (NIM06520): £13,101.15, £14.12 an hour', () => {
    const result = ok(employmentCost({ ...PA, claimsEmploymentAllowance: true }));
    expect(result.employmentAllowancePence).toBe(115476);
    expect(result.totalPerYearPence).toBe(1310215);
    expect(result.costPerWorkedHourPence).toBe(1412);
  });

  it('shares one allowance equally between 20 PAs: £525 each', () => {
    expect(ok(employmentCost({ ...PA, claimsEmploymentAllowance: true, numberOfPas: 20 })).employmentAllowancePence).toBe(52500);
  });

  it('shares it in proportion when the other PAs’ NI is known: £10,500 × 1,154.76 / 11,154.76 = £1,086.98', () => {
    const result = ok(employmentCost({ ...PA, claimsEmploymentAllowance: true, otherPasEmployerNiPence: 1_000_000 }));
    expect(result.employmentAllowancePence).toBe(108698);
    expect(result.steps).toContainEqual({
      id: 'employment-allowance',
      values: { allowancePence: 1050000, shareRule: 'other-pas-ni', reductionPence: 108698 },
    });
  });

  it('ignores the allowance unless it is claimed', () => {
    expect(ok(employmentCost({ ...PA, numberOfPas: 3 })).employmentAllowancePence).toBe(0);
  });

  it('charges no employer NI for a worker under 21 below £50,270 (SSCBA s.9A), and no pension under 22', () => {
    const result = ok(employmentCost({ ...PA, workerAge: 20 }));
    expect(result.employerNiPence).toBe(0);
    expect(result.pensionPence).toBe(0);
    expect(result.steps).toContainEqual({
      id: 'pension-not-due',
      values: { reason: 'under-minimum-age', earningsPence: 1269840, triggerPence: 1000000 },
    });
    expect(result.steps.map((step) => step.id)).toContain('pension-opt-in-possible');
  });

  it('charges no pension over State Pension age', () => {
    const result = ok(employmentCost({ ...PA, overStatePensionAge: true }));
    expect(result.pensionPence).toBe(0);
    expect(result.steps).toContainEqual(expect.objectContaining({ id: 'pension-not-due', values: expect.objectContaining({ reason: 'over-state-pension-age' }) }));
  });

  it('pro-rates holiday for a PA paid 26 weeks: 2.8 weeks holiday, earnings below the £10,000 trigger', () => {
    // £12.21 × 20 h × 26 = £6,349.20; holiday 56/520 = £683.76; NI 15% × £1,349.20 = £202.38.
    const result = ok(employmentCost({ ...PA, paidWeeksPerYear: 26, yearlyCosts: undefined }));
    expect(result).toMatchObject({ grossPayPence: 634920, holidayPayPence: 68376, employerNiPence: 20238, pensionPence: 0, otherCostsPence: 0 });
    expect(result.steps).toContainEqual(expect.objectContaining({ id: 'pension-not-due', values: expect.objectContaining({ reason: 'earnings-below-trigger' }) }));
    expect(result.steps[0]?.values.holidayWeeks).toBe(2.8);
  });

  it('does not suggest opting in when earnings are below the lower limit', () => {
    const result = ok(employmentCost({ ...PA, minutesPerWeek: 5 * 60, workerAge: 19 }));
    expect(result.steps.map((step) => step.id)).not.toContain('pension-opt-in-possible');
  });

  it('flags a wage below the minimum wage, and says nothing for a worker under 16', () => {
    expect(ok(employmentCost({ ...PA, hourlyWagePence: 1220 })).meetsMinimumWage).toBe(false);
    expect(ok(employmentCost({ ...PA, workerAge: 15 })).meetsMinimumWage).toBeNull();
    expect(ok(employmentCost({ ...PA, workerAge: 20, hourlyWagePence: 1000, apprentice: { inFirstYear: true } })).meetsMinimumWage).toBe(true);
  });
});

describe('the 6 April tax-year boundary', () => {
  it('uses 2024/25 NI on 5 April 2025: 13.8% above £9,100 = £496.58, £14.66 an hour', () => {
    const result = ok(employmentCost({ ...PA, date: '2025-04-05' }));
    expect(result.employerNiPence).toBe(49658);
    expect(result.totalPerYearPence).toBe(1359873);
    expect(result.costPerWorkedHourPence).toBe(1466);
  });

  it('uses 2025/26 NI from 6 April 2025: 15% above £5,000 = £1,154.76, £15.37 an hour', () => {
    expect(ok(employmentCost({ ...PA, date: '2025-04-06' })).costPerWorkedHourPence).toBe(1537);
  });

  it('uses the £5,000 Employment Allowance in 2024/25', () => {
    const result = ok(employmentCost({ ...PA, date: '2025-04-05', claimsEmploymentAllowance: true, numberOfPas: 20 }));
    expect(result.employmentAllowancePence).toBe(25000);
  });
});

describe('input errors', () => {
  it('reports every problem at once', () => {
    expect(
      errorsOf({
        date: '2025-02-30',
        hourlyWagePence: -1,
        minutesPerWeek: 0,
        paidWeeksPerYear: 53,
        workerAge: 30.5,
        numberOfPas: 0,
        otherPasEmployerNiPence: 'lots',
        yearlyCosts: { vettingPence: 1.5 },
      }),
    ).toEqual([
      { field: 'hourlyWagePence', code: 'negative' },
      { field: 'date', code: 'not-a-date' },
      { field: 'minutesPerWeek', code: 'zero' },
      { field: 'paidWeeksPerYear', code: 'too-large' },
      { field: 'workerAge', code: 'not-whole' },
      { field: 'numberOfPas', code: 'zero' },
      { field: 'otherPasEmployerNiPence', code: 'not-a-number' },
      { field: 'yearlyCosts.vettingPence', code: 'not-whole' },
    ]);
  });

  it('asks for what is missing', () => {
    expect(errorsOf({})).toEqual([
      { field: 'hourlyWagePence', code: 'required' },
      { field: 'date', code: 'required' },
      { field: 'minutesPerWeek', code: 'required' },
      { field: 'workerAge', code: 'required' },
    ]);
  });

  it('refuses a tax year the rates table does not cover', () => {
    expect(errorsOf({ ...PA, date: '2023-06-01' })).toEqual([{ field: 'date', code: 'outside-rates-table' }]);
  });
});

describe('properties', () => {
  const inputs = fc.record({
    date: fc.constantFrom('2024-06-01', '2025-04-05', '2025-04-06', '2026-09-01'),
    minutesPerWeek: fc.integer({ min: 1, max: 4000 }),
    paidWeeksPerYear: fc.integer({ min: 1, max: 52 }),
    workerAge: fc.integer({ min: 16, max: 80 }),
    claimsEmploymentAllowance: fc.boolean(),
    numberOfPas: fc.integer({ min: 1, max: 5 }),
  });

  it('a higher wage never costs less', () => {
    fc.assert(
      fc.property(inputs, fc.integer({ min: 0, max: 5000 }), fc.integer({ min: 1, max: 500 }), (input, wage, raise) => {
        const cost = (hourlyWagePence: number) => ok(employmentCost({ ...input, hourlyWagePence }));
        expect(cost(wage + raise).totalPerYearPence).toBeGreaterThanOrEqual(cost(wage).totalPerYearPence);
        expect(cost(wage + raise).costPerWorkedHourPence).toBeGreaterThanOrEqual(cost(wage).costPerWorkedHourPence);
      }),
    );
  });

  it('splits gross pay exactly into work and holiday pay', () => {
    fc.assert(
      fc.property(inputs, fc.integer({ min: 0, max: 5000 }), (input, hourlyWagePence) => {
        const result = ok(employmentCost({ ...input, hourlyWagePence }));
        expect(result.workPayPence + result.holidayPayPence).toBe(result.grossPayPence);
      }),
    );
  });

  it('never costs less than the wage per hour worked, for at least an hour a week at £1 an hour or more', () => {
    // Below that, rounding a tiny year's pay to the penny can outweigh the holiday uplift.
    fc.assert(
      fc.property(inputs, fc.integer({ min: 60, max: 4000 }), fc.integer({ min: 100, max: 5000 }), (input, minutesPerWeek, hourlyWagePence) => {
        const result = ok(employmentCost({ ...input, minutesPerWeek, hourlyWagePence }));
        expect(result.costPerWorkedHourPence).toBeGreaterThanOrEqual(hourlyWagePence);
      }),
    );
  });
});
