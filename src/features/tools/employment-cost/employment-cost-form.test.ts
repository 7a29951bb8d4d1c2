import { describe, expect, it } from 'vitest';
import { evaluateEmploymentCost, INITIAL_EMPLOYMENT_COST_FORM, restoreEmploymentCostForm, type EmploymentCostForm } from './employment-cost-form';

const TODAY = '2026-11-23';
const pa: EmploymentCostForm = {
  ...INITIAL_EMPLOYMENT_COST_FORM,
  hourlyWage: '12.71',
  hoursPerWeek: '20',
  age: '30',
  employmentAllowance: 'no',
  insurance: '100',
  payroll: '150',
  checkRate: 'yes',
  councilRate: '15',
  london: 'no',
};

const outcome = (form: EmploymentCostForm) => {
  const evaluation = evaluateEmploymentCost(form, TODAY);
  return evaluation.ok ? evaluation.result : evaluation.issues.map((issue) => `${issue.field}:${issue.code}`);
};

describe('evaluateEmploymentCost', () => {
  it('costs the year and finds the gap in the direct payment rate', () => {
    const result = outcome(pa);
    expect(result).toMatchObject({
      date: TODAY,
      cost: { grossPayPence: 1_321_840, totalPerYearPence: 1_491_051, costPerWorkedHourPence: 1607, meetsMinimumWage: true },
      funding: { highestHourlyWagePence: 1190, fundsMinimumWage: false, gapPerHourPence: 107, realLivingWageGapPerHourPence: 205 },
    });
  });

  it('costs without a council rate when none is given', () => {
    const result = outcome({ ...pa, checkRate: 'no', councilRate: 'ignored', london: '' });
    expect(result).toMatchObject({ cost: { totalPerYearPence: 1_491_051 } });
    expect(result).not.toHaveProperty('funding');
  });

  it('takes the Employment Allowance off employer National Insurance, shared between PAs', () => {
    const alone = outcome({ ...pa, employmentAllowance: 'yes' });
    const shared = outcome({ ...pa, employmentAllowance: 'yes', numberOfPas: '20' });
    expect(alone).toMatchObject({ cost: { employmentAllowancePence: 123_276 } });
    expect(shared).toMatchObject({ cost: { employmentAllowancePence: 52_500 } });
  });

  it('asks the State Pension question only for older PAs', () => {
    expect(outcome({ ...pa, age: '67' })).toEqual(['overStatePensionAge:required']);
    expect(outcome({ ...pa, age: '67', overStatePensionAge: 'yes' })).toMatchObject({ cost: { pensionPence: 0 } });
  });

  it('reports typing mistakes and the calculator’s limits at their fields', () => {
    expect(outcome(INITIAL_EMPLOYMENT_COST_FORM)).toEqual([
      'employmentAllowance:required',
      'checkRate:required',
      'hoursPerWeek:required',
      'hourlyWage:required',
      'age:required',
    ]);
    expect(outcome({ ...pa, hoursPerWeek: '169', paidWeeks: '53', insurance: '-1', councilRate: 'fifteen' })).toEqual([
      'hoursPerWeek:too-large',
      'insurance:negative',
      'councilRate:not-money',
      'paidWeeks:too-large',
    ]);
    expect(outcome({ ...pa, age: '15' })).toEqual(['age:under-minimum-age']);
    expect(outcome({ ...pa, hoursPerWeek: '0' })).toEqual(['hoursPerWeek:zero']);
  });
});

describe('restoreEmploymentCostForm', () => {
  it('keeps known answers only', () => {
    expect(restoreEmploymentCostForm({ hourlyWage: '14', london: 'maybe' })).toEqual({ ...INITIAL_EMPLOYMENT_COST_FORM, hourlyWage: '14' });
  });
});
