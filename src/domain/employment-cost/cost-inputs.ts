import type { IsoDate } from '../shared/iso-date';
import type { Pence } from '../shared/money';
import { rateOn } from '../rates';
import { optionalWholeNumber, requiredDate, wholeNumber, type FieldError } from '../shared/input-checks';

/**
 * What it costs a direct-payment employer to employ one PA for a year. Money is pence; hours are
 * minutes a week (the UI converts hours and minutes); the costs in `yearlyCosts` are the
 * employer's own figures, not legal ones.
 */
export interface EmploymentCostInput {
  /** A day in the tax year to cost: the rates in force on it are used for the whole year. */
  date: IsoDate;
  hourlyWagePence: Pence;
  /** Hours the PA works in a working week, in minutes. */
  minutesPerWeek: number;
  /** Weeks a year the PA is paid for, holiday weeks included. Default 52. */
  paidWeeksPerYear?: number | undefined;
  /** Age through the year (the age on `date`). */
  workerAge: number;
  overStatePensionAge?: boolean | undefined;
  /** Only used to compare with the minimum wage. */
  apprentice?: { inFirstYear: boolean } | undefined;
  claimsEmploymentAllowance?: boolean | undefined;
  /** How many PAs share the one Employment Allowance, assumed on similar pay. Default 1. */
  numberOfPas?: number | undefined;
  /** The employer's National Insurance for all their other PAs, when known (replaces `numberOfPas`). */
  otherPasEmployerNiPence?: Pence | undefined;
  yearlyCosts?:
    | {
        insurancePence?: Pence | undefined;
        payrollPence?: Pence | undefined;
        trainingPence?: Pence | undefined;
        vettingPence?: Pence | undefined;
      }
    | undefined;
}

export type AllowanceShare =
  | { kind: 'number-of-pas'; numberOfPas: number }
  | { kind: 'other-pas-ni'; otherPasNiPence: number };

export interface CheckedCostInput {
  date: IsoDate;
  minutesPerWeek: number;
  paidWeeksPerYear: number;
  workerAge: number;
  overStatePensionAge: boolean;
  apprentice: { inFirstYear: boolean } | undefined;
  allowance: AllowanceShare | undefined;
  otherCosts: { insurancePence: number; payrollPence: number; trainingPence: number; vettingPence: number };
}

/** The legal figures for the year, each from `src/domain/rates`. */
export interface CostRates {
  holidayWeeksValue: number;
  holidayWeeksScale: number;
  secondaryThresholdPence: number;
  under21ThresholdPence: number;
  under21ReliefAge: number;
  employerNiBp: number;
  employmentAllowancePence: number;
  pensionTriggerPence: number;
  pensionMinAge: number;
  qualifyingLowerPence: number;
  qualifyingUpperPence: number;
  employerPensionBp: number;
}

const MINUTES_PER_WEEK = 7 * 24 * 60;
const MAX_YEARLY_PENCE = 1_000_000_000;
export const MAX_HOURLY_PENCE = 100_000;

/** The rate key behind each yearly figure. */
const RATE_KEYS = {
  secondaryThresholdPence: 'ni.secondary_threshold_yearly',
  under21ThresholdPence: 'ni.upper_secondary_threshold_under_21_yearly',
  under21ReliefAge: 'ni.under_21_relief_age',
  employerNiBp: 'ni.employer_rate',
  employmentAllowancePence: 'ni.employment_allowance',
  pensionTriggerPence: 'pension.trigger_yearly',
  pensionMinAge: 'pension.min_age',
  qualifyingLowerPence: 'pension.qualifying_lower_yearly',
  qualifyingUpperPence: 'pension.qualifying_upper_yearly',
  employerPensionBp: 'pension.employer_min_percent',
} as const satisfies Record<Exclude<keyof CostRates, 'holidayWeeksValue' | 'holidayWeeksScale'>, string>;

/** 10 to the power of a count row's decimals: 56 with 1 decimal is 5.6, so its scale is 10. */
export function countScale(decimals: number | undefined): number {
  return 10 ** (decimals ?? 0);
}

/** Reads every figure the cost needs on `date`; undefined when any is missing from the table. */
export function costRatesOn(date: IsoDate): CostRates | undefined {
  const weeks = rateOn('holiday.weeks', date);
  if (!weeks) return undefined;
  const rates: Record<string, number> = {
    holidayWeeksValue: weeks.value,
    holidayWeeksScale: countScale(weeks.decimals),
  };
  for (const [name, key] of Object.entries(RATE_KEYS)) {
    const row = rateOn(key, date);
    if (!row) return undefined;
    rates[name] = row.value;
  }
  return rates as unknown as CostRates;
}

const blank = (value: unknown) => value === undefined || value === null || value === '';

/** Checks everything except the wage, which the inverse calculation searches for. */
export function checkCostInput(
  input: Omit<EmploymentCostInput, 'hourlyWagePence'>,
  errors: FieldError[],
): { value: CheckedCostInput; rates: CostRates } | undefined {
  const fields = input as unknown as Record<string, unknown>;
  const date = requiredDate(fields.date, 'date', errors);
  const minutesPerWeek = wholeNumber(fields.minutesPerWeek, 'minutesPerWeek', errors, {
    min: 1,
    max: MINUTES_PER_WEEK,
  });
  const paidWeeksPerYear = optionalWholeNumber(fields.paidWeeksPerYear, 'paidWeeksPerYear', errors, {
    min: 1,
    max: 52,
    fallback: 52,
  });
  const workerAge = wholeNumber(fields.workerAge, 'workerAge', errors, { min: 0, max: 120 });
  const numberOfPas = optionalWholeNumber(fields.numberOfPas, 'numberOfPas', errors, {
    min: 1,
    max: 100,
    fallback: 1,
  });
  const otherPasNi = blank(fields.otherPasEmployerNiPence)
    ? undefined
    : wholeNumber(fields.otherPasEmployerNiPence, 'otherPasEmployerNiPence', errors, {
        min: 0,
        max: MAX_YEARLY_PENCE,
      });
  const rawCosts = fields.yearlyCosts;
  const costs = (typeof rawCosts === 'object' && rawCosts !== null ? rawCosts : {}) as Record<string, unknown>;
  const yearlyLimits = { min: 0, max: MAX_YEARLY_PENCE, fallback: 0 } as const;
  const cost = (key: string) => optionalWholeNumber(costs[key], `yearlyCosts.${key}`, errors, yearlyLimits) ?? 0;
  const otherCosts = {
    insurancePence: cost('insurancePence'),
    payrollPence: cost('payrollPence'),
    trainingPence: cost('trainingPence'),
    vettingPence: cost('vettingPence'),
  };
  const rates = date === undefined ? undefined : costRatesOn(date);
  if (date !== undefined && !rates) errors.push({ field: 'date', code: 'outside-rates-table' });
  if (errors.length > 0 || !rates) return undefined;

  const allowance: AllowanceShare | undefined =
    fields.claimsEmploymentAllowance !== true
      ? undefined
      : otherPasNi !== undefined
        ? { kind: 'other-pas-ni', otherPasNiPence: otherPasNi }
        : { kind: 'number-of-pas', numberOfPas: numberOfPas as number };
  const apprentice = fields.apprentice as { inFirstYear?: unknown } | undefined;
  return {
    rates,
    value: {
      date: date as IsoDate,
      minutesPerWeek: minutesPerWeek as number,
      paidWeeksPerYear: paidWeeksPerYear as number,
      workerAge: workerAge as number,
      overStatePensionAge: fields.overStatePensionAge === true,
      apprentice:
        typeof apprentice === 'object' && apprentice !== null
          ? { inFirstYear: apprentice.inFirstYear === true }
          : undefined,
      allowance,
      otherCosts,
    },
  };
}
