import type { Pence } from '../shared/money';
import { rateOn } from '../rates';
import { checkCostInput, MAX_HOURLY_PENCE, type EmploymentCostInput } from './cost-inputs';
import { costAtWage, minimumWageFor } from './employment-cost';
import { wholeNumber, type FieldError, type Invalid, type Step } from '../shared/input-checks';

export interface FundedWageInput extends Omit<EmploymentCostInput, 'hourlyWagePence'> {
  /** The council's direct-payment rate per hour of support, in pence. */
  councilRatePencePerHour: Pence;
  /** Compare with the London Real Living Wage instead of the UK one. */
  london?: boolean | undefined;
}

export type FundedWageResult =
  | Invalid
  | {
      ok: true;
      /** The highest hourly wage whose full cost per worked hour the rate covers (0 if none). */
      highestHourlyWagePence: Pence;
      costPerWorkedHourPence: Pence;
      minimumWagePencePerHour: Pence;
      /** Null when the table has no Real Living Wage for the date. */
      realLivingWagePencePerHour: Pence | null;
      fundsMinimumWage: boolean;
      fundsRealLivingWage: boolean | null;
      /** How much more an hour the council would need to pay to fund the minimum wage; 0 if none. */
      gapPerHourPence: Pence;
      /** The same for the Real Living Wage; null when there is no figure for the date. */
      realLivingWageGapPerHourPence: Pence | null;
      steps: Step[];
    };

/**
 * The inverse of `employmentCost`: the highest whole-penny hourly wage that the council's rate
 * pays for legally, with holiday pay, employer National Insurance, pension and the employer's other
 * costs included. The cost per worked hour never falls as the wage rises (each part of it is a
 * non-decreasing function of the wage, rounding included), so a binary search over whole pence up
 * to the largest wage we accept finds it in about 17 steps.
 *
 * The Real Living Wage is voluntary (Living Wage Foundation), not a legal minimum; Scotland and
 * Wales fund it for some care work by policy. The minimum wage is the legal floor for the worker's
 * age on `date` (https://www.gov.uk/national-minimum-wage-rates).
 */
export function highestFundedHourlyWage(input: FundedWageInput): FundedWageResult {
  const fields = input as unknown as Record<string, unknown>;
  const errors: FieldError[] = [];
  const rate = wholeNumber(fields.councilRatePencePerHour, 'councilRatePencePerHour', errors, {
    min: 0,
    max: MAX_HOURLY_PENCE,
  });
  const checked = checkCostInput(input, errors);
  if (!checked || rate === undefined) return { ok: false, errors };
  const minimum = minimumWageFor(checked.value);
  if (minimum === null) return { ok: false, errors: [{ field: 'workerAge', code: 'under-minimum-age' }] };

  const costPerHour = (wage: number) => costAtWage(wage, checked.value, checked.rates).costPerWorkedHourPence;
  let low = 0;
  let high = MAX_HOURLY_PENCE;
  const fundsAnything = costPerHour(0) <= rate;
  while (fundsAnything && low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (costPerHour(middle) <= rate) low = middle;
    else high = middle - 1;
  }
  const highest = fundsAnything ? low : 0;
  const breakdown = costAtWage(highest, checked.value, checked.rates);

  const livingWage = rateOn(fields.london === true ? 'rlw.london' : 'rlw.uk', checked.value.date)?.value ?? null;
  const gapTo = (wage: number) => Math.max(0, costPerHour(wage) - rate);
  const gapPerHourPence = gapTo(minimum);
  const realLivingWageGapPerHourPence = livingWage === null ? null : gapTo(livingWage);
  const steps: Step[] = [
    ...breakdown.steps,
    { id: 'council-rate', values: { councilRatePencePerHour: rate, highestHourlyWagePence: highest } },
    {
      id: 'minimum-wage',
      values: { minimumWagePencePerHour: minimum, costPerWorkedHourPence: costPerHour(minimum), gapPerHourPence },
    },
  ];
  if (!fundsAnything) {
    steps.push({ id: 'fixed-costs-exceed-rate', values: { costPerWorkedHourPence: costPerHour(0) } });
  }
  if (livingWage !== null) {
    steps.push({
      id: 'real-living-wage',
      values: {
        realLivingWagePencePerHour: livingWage,
        london: fields.london === true ? 'yes' : 'no',
        gapPerHourPence: realLivingWageGapPerHourPence as number,
      },
    });
  }
  return {
    ok: true,
    highestHourlyWagePence: highest,
    costPerWorkedHourPence: breakdown.costPerWorkedHourPence,
    minimumWagePencePerHour: minimum,
    realLivingWagePencePerHour: livingWage,
    fundsMinimumWage: fundsAnything && highest >= minimum,
    fundsRealLivingWage: livingWage === null ? null : fundsAnything && highest >= livingWage,
    gapPerHourPence,
    realLivingWageGapPerHourPence,
    steps,
  };
}
