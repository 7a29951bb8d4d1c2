import {
  employmentCost,
  highestFundedHourlyWage,
  type EmploymentCostInput,
  type EmploymentCostResult,
  type FundedWageInput,
  type FundedWageResult,
} from '../../../domain/employment-cost';
import type { IsoDate } from '../../../domain/shared/iso-date';
import { blank, restoreFlatFields, type YesNo } from '../flow/form-helpers';
import { issueCollector } from '../flow/issues';
import type { Evaluation, FieldKind } from '../flow/tool-definition';
import { parseHours } from '../input/parse-hours';
import { parseMoney } from '../input/parse-money';
import { parseNumber } from '../input/parse-number';

export type CostCheck = Extract<EmploymentCostResult, { ok: true }>;
export type FundingCheck = Extract<FundedWageResult, { ok: true }>;

/** The cost at the wage given, and what the council's rate funds when one was given. */
export interface EmploymentCostOutcome {
  /** The day whose legal figures were used. */
  date: IsoDate;
  cost: CostCheck;
  funding?: FundingCheck;
}

export interface EmploymentCostForm {
  hourlyWage: string;
  hoursPerWeek: string;
  paidWeeks: string;
  age: string;
  overStatePensionAge: YesNo | '';
  employmentAllowance: YesNo | '';
  numberOfPas: string;
  insurance: string;
  payroll: string;
  training: string;
  vetting: string;
  checkRate: YesNo | '';
  councilRate: string;
  london: YesNo | '';
}

export const INITIAL_EMPLOYMENT_COST_FORM: EmploymentCostForm = {
  hourlyWage: '',
  hoursPerWeek: '',
  paidWeeks: '',
  age: '',
  overStatePensionAge: '',
  employmentAllowance: '',
  numberOfPas: '',
  insurance: '',
  payroll: '',
  training: '',
  vetting: '',
  checkRate: '',
  councilRate: '',
  london: '',
};

export const EMPLOYMENT_COST_FIELD_KINDS: Record<keyof EmploymentCostForm, FieldKind> = {
  hourlyWage: 'money',
  hoursPerWeek: 'hours',
  paidWeeks: 'number',
  age: 'number',
  overStatePensionAge: 'choice',
  employmentAllowance: 'choice',
  numberOfPas: 'number',
  insurance: 'money',
  payroll: 'money',
  training: 'money',
  vetting: 'money',
  checkRate: 'choice',
  councilRate: 'money',
  london: 'choice',
};

const YES_NO = ['yes', 'no'] as const;

export function restoreEmploymentCostForm(stored: unknown): EmploymentCostForm | undefined {
  return restoreFlatFields(stored, INITIAL_EMPLOYMENT_COST_FORM, EMPLOYMENT_COST_FIELD_KINDS, {
    overStatePensionAge: YES_NO,
    employmentAllowance: YES_NO,
    checkRate: YES_NO,
    london: YES_NO,
  });
}

/** Below this age nobody has reached State Pension age, so the question is not asked. */
export const ASK_PENSION_AGE_FROM = 60;

export function asksStatePensionAge(form: EmploymentCostForm): boolean {
  const age = parseNumber(form.age, { max: 120 });
  return age.ok && age.value >= ASK_PENSION_AGE_FROM;
}

const DOMAIN_FIELDS: Record<string, keyof EmploymentCostForm> = {
  date: 'hourlyWage',
  hourlyWagePence: 'hourlyWage',
  minutesPerWeek: 'hoursPerWeek',
  paidWeeksPerYear: 'paidWeeks',
  workerAge: 'age',
  numberOfPas: 'numberOfPas',
  'yearlyCosts.insurancePence': 'insurance',
  'yearlyCosts.payrollPence': 'payroll',
  'yearlyCosts.trainingPence': 'training',
  'yearlyCosts.vettingPence': 'vetting',
  councilRatePencePerHour: 'councilRate',
};

const MAX_HOURS_A_WEEK = 168;

export function evaluateEmploymentCost(form: EmploymentCostForm, today: IsoDate): Evaluation<EmploymentCostOutcome> {
  const { issues, problem, addCalculatorErrors } = issueCollector<keyof EmploymentCostForm>();
  const money = (field: keyof EmploymentCostForm, required: boolean): number | undefined => {
    if (!required && blank(form[field])) return undefined;
    const parsed = parseMoney(form[field]);
    if (parsed.ok) return parsed.pence;
    problem(field, parsed.problem);
    return undefined;
  };
  const whole = (field: keyof EmploymentCostForm, required: boolean, max: number): number | undefined => {
    if (!required && blank(form[field])) return undefined;
    const parsed = parseNumber(form[field], { max });
    if (parsed.ok) return parsed.value;
    problem(field, parsed.problem);
    return undefined;
  };

  for (const field of ['employmentAllowance', 'checkRate'] as const) if (form[field] === '') problem(field, 'required');
  if (asksStatePensionAge(form) && form.overStatePensionAge === '') problem('overStatePensionAge', 'required');
  if (form.checkRate === 'yes' && form.london === '') problem('london', 'required');

  let minutesPerWeek: number | undefined;
  const hours = parseHours(form.hoursPerWeek, { maxHours: MAX_HOURS_A_WEEK });
  if (hours.ok) minutesPerWeek = hours.minutes;
  else problem('hoursPerWeek', hours.problem);

  const input: Record<string, unknown> = {
    date: today,
    hourlyWagePence: money('hourlyWage', true),
    minutesPerWeek,
    paidWeeksPerYear: whole('paidWeeks', false, 1000),
    workerAge: whole('age', true, 120),
    overStatePensionAge: asksStatePensionAge(form) && form.overStatePensionAge === 'yes',
    claimsEmploymentAllowance: form.employmentAllowance === 'yes',
    numberOfPas: form.employmentAllowance === 'yes' ? whole('numberOfPas', false, 1000) : undefined,
    yearlyCosts: {
      insurancePence: money('insurance', false),
      payrollPence: money('payroll', false),
      trainingPence: money('training', false),
      vettingPence: money('vetting', false),
    },
  };
  const councilRate = form.checkRate === 'yes' ? money('councilRate', true) : undefined;

  const addDomainIssues = (errors: readonly { field: string; code: string }[]) =>
    addCalculatorErrors(errors, (field) => DOMAIN_FIELDS[field] ?? 'hourlyWage');

  const cost = employmentCost(input as unknown as EmploymentCostInput);
  if (!cost.ok) addDomainIssues(cost.errors);
  let funding: FundedWageResult | undefined;
  if (form.checkRate === 'yes') {
    const { hourlyWagePence: _wage, ...rest } = input;
    funding = highestFundedHourlyWage({
      ...(rest as unknown as Omit<EmploymentCostInput, 'hourlyWagePence'>),
      councilRatePencePerHour: councilRate as number,
      london: form.london === 'yes',
    } satisfies FundedWageInput);
    if (!funding.ok) addDomainIssues(funding.errors);
  }
  if (issues.length > 0 || !cost.ok || (funding && !funding.ok)) return { ok: false, issues };
  return { ok: true, result: { date: today, cost, ...(funding?.ok ? { funding } : {}) } };
}
