import { scalePence, sumPence, type Pence } from '../shared/money';
import { minimumWageRateFor } from '../rates';
import {
  checkCostInput,
  MAX_HOURLY_PENCE,
  type CheckedCostInput,
  type CostRates,
  type EmploymentCostInput,
} from './cost-inputs';
import { employerNationalInsurance, employerPension, employmentAllowanceFor } from './employer-costs';
import { ceilDiv, wholeNumber, type FieldError, type Invalid, type Step } from '../shared/input-checks';

/**
 * The model (so a council can follow it):
 * - The PA is paid for `paidWeeksPerYear` weeks (52 by default) at `minutesPerWeek`. Of those
 *   paid weeks, 5.6 in every 52 (`holiday.weeks`) are paid holiday and the rest are worked: at
 *   52 paid weeks the PA works 46.4 weeks and is paid 5.6 weeks' holiday on top. A part-year PA
 *   paid for fewer weeks gets holiday in the same proportion, which is what 12.07% accrual gives
 *   (5.6 / 46.4 = 12.07%). Holiday is 5.6 weeks even for PAs working more than 5 days a week,
 *   whose legal minimum is capped at 28 days: the budget errs towards enough, not too little.
 * - A direct payment buys hours of support, so the cost is shared over the hours worked, not the
 *   hours paid: cost per funded hour = total yearly cost ÷ hours worked (holiday cover is another
 *   worker's worked hours, costed the same way).
 * - Employer National Insurance, Employment Allowance and pension: see employer-costs.ts.
 * - The cost per hour is rounded UP to a whole penny, so a rate at or above it always covers the
 *   exact cost.
 */
export interface CostBreakdown {
  paidMinutesPerYear: number;
  workedMinutesPerYear: number;
  grossPayPence: Pence;
  workPayPence: Pence;
  holidayPayPence: Pence;
  employerNiPence: Pence;
  employmentAllowancePence: Pence;
  pensionPence: Pence;
  otherCostsPence: Pence;
  totalPerYearPence: Pence;
  costPerWorkedHourPence: Pence;
  steps: Step[];
}

export type EmploymentCostResult =
  | Invalid
  | (CostBreakdown & {
      ok: true;
      /** Whether the wage meets the minimum wage for the worker's age on `date`; null when none applies. */
      meetsMinimumWage: boolean | null;
    });

const MINUTES_PER_HOUR = 60;
const WEEKS_PER_YEAR = 52;

/** The year's cost at `hourlyWagePence`; every figure comes from `rates`, read once per call. */
export function costAtWage(hourlyWagePence: Pence, input: CheckedCostInput, rates: CostRates): CostBreakdown {
  const steps: Step[] = [];
  const paidMinutes = input.minutesPerWeek * input.paidWeeksPerYear;
  // Worked share of the paid weeks: (52 − 5.6) / 52, kept as whole numbers (464 / 520).
  const yearUnits = WEEKS_PER_YEAR * rates.holidayWeeksScale;
  const workedUnits = yearUnits - rates.holidayWeeksValue;
  const workedMinutesPerYear = Math.round((paidMinutes * workedUnits) / yearUnits);
  steps.push({
    id: 'paid-and-worked-hours',
    values: {
      minutesPerWeek: input.minutesPerWeek,
      paidWeeks: input.paidWeeksPerYear,
      holidayWeeks: Math.round((input.paidWeeksPerYear * rates.holidayWeeksValue * 100) / yearUnits) / 100,
      paidMinutesPerYear: paidMinutes,
      workedMinutesPerYear,
    },
  });

  const grossPayPence = scalePence(hourlyWagePence, paidMinutes, MINUTES_PER_HOUR);
  const holidayPayPence = scalePence(grossPayPence, rates.holidayWeeksValue, yearUnits);
  const workPayPence = grossPayPence - holidayPayPence;
  steps.push({ id: 'gross-pay', values: { hourlyWagePence, grossPayPence, workPayPence, holidayPayPence } });

  const employerNiPence = employerNationalInsurance(grossPayPence, input.workerAge, rates, steps);
  const employmentAllowancePence = employmentAllowanceFor(employerNiPence, input.allowance, rates, steps);
  const pensionPence = employerPension(grossPayPence, input.workerAge, input.overStatePensionAge, rates, steps);
  const otherCostsPence = sumPence(Object.values(input.otherCosts));
  steps.push({ id: 'other-costs', values: { ...input.otherCosts, totalPence: otherCostsPence } });

  const totalPerYearPence =
    grossPayPence + employerNiPence - employmentAllowancePence + pensionPence + otherCostsPence;
  const costPerWorkedHourPence = ceilDiv(totalPerYearPence * MINUTES_PER_HOUR * yearUnits, paidMinutes * workedUnits);
  steps.push({ id: 'total', values: { totalPerYearPence, workedMinutesPerYear, costPerWorkedHourPence } });

  return {
    paidMinutesPerYear: paidMinutes,
    workedMinutesPerYear,
    grossPayPence,
    workPayPence,
    holidayPayPence,
    employerNiPence,
    employmentAllowancePence,
    pensionPence,
    otherCostsPence,
    totalPerYearPence,
    costPerWorkedHourPence,
    steps,
  };
}

/** The minimum hourly wage for the worker on `date`, or null when none applies (under 16). */
export function minimumWageFor(input: CheckedCostInput): number | null {
  const rate = minimumWageRateFor({
    date: input.date,
    age: input.workerAge,
    ...(input.apprentice ? { apprentice: input.apprentice } : {}),
  });
  return rate.ok ? rate.pencePerHour : null;
}

/** The full yearly cost of employing one PA legally, and the cost per hour of support. */
export function employmentCost(input: EmploymentCostInput): EmploymentCostResult {
  const errors: FieldError[] = [];
  const wage = wholeNumber((input as unknown as Record<string, unknown>).hourlyWagePence, 'hourlyWagePence', errors, {
    min: 0,
    max: MAX_HOURLY_PENCE,
  });
  const checked = checkCostInput(input, errors);
  if (!checked || wage === undefined) return { ok: false, errors };
  const breakdown = costAtWage(wage, checked.value, checked.rates);
  const minimum = minimumWageFor(checked.value);
  return { ok: true, ...breakdown, meetsMinimumWage: minimum === null ? null : wage >= minimum };
}
