import type { MinimumWageCheck, MinimumWageError, MinimumWageInput } from '../../../domain/minimum-wage';
import { checkMinimumWage } from '../../../domain/minimum-wage';
import type { IsoDate } from '../../../domain/shared/iso-date';
import type { Evaluation, FieldKind, Issue } from '../flow/tool-definition';
import { blank, restoreFlatFields, type YesNo } from '../flow/form-helpers';
import { EMPTY_DATE, parseDateParts, type DateParts } from '../input/parse-date';
import { parseHours } from '../input/parse-hours';
import { parseMoney } from '../input/parse-money';
import { parseNumber } from '../input/parse-number';

export type Asker = 'pa' | 'employer' | 'rep';

/** Exactly what was typed, so a draft or a saved check restores the same boxes. */
export interface MinimumWageForm {
  asker: Asker | '';
  age: string;
  apprentice: YesNo | '';
  apprenticeFirstYear: YesNo | '';
  periodStart: DateParts;
  periodEnd: DateParts;
  basicHours: string;
  travelHours: string;
  trainingHours: string;
  waitingHours: string;
  sleepInHours: string;
  grossPay: string;
  premiumPay: string;
  deductions: string;
  accommodation: YesNo | '';
  accommodationDays: string;
  accommodationCharge: string;
}

export const INITIAL_MINIMUM_WAGE_FORM: MinimumWageForm = {
  asker: '',
  age: '',
  apprentice: '',
  apprenticeFirstYear: '',
  periodStart: EMPTY_DATE,
  periodEnd: EMPTY_DATE,
  basicHours: '',
  travelHours: '',
  trainingHours: '',
  waitingHours: '',
  sleepInHours: '',
  grossPay: '',
  premiumPay: '',
  deductions: '',
  accommodation: '',
  accommodationDays: '',
  accommodationCharge: '',
};

export type MinimumWageField = keyof MinimumWageForm;

export const MINIMUM_WAGE_FIELD_KINDS: Record<MinimumWageField, FieldKind> = {
  asker: 'choice',
  age: 'number',
  apprentice: 'choice',
  apprenticeFirstYear: 'choice',
  periodStart: 'date',
  periodEnd: 'date',
  basicHours: 'hours',
  travelHours: 'hours',
  trainingHours: 'hours',
  waitingHours: 'hours',
  sleepInHours: 'hours',
  grossPay: 'money',
  premiumPay: 'money',
  deductions: 'money',
  accommodation: 'choice',
  accommodationDays: 'number',
  accommodationCharge: 'money',
};

const CHOICES = {
  asker: ['pa', 'employer', 'rep'],
  apprentice: ['yes', 'no'],
  apprenticeFirstYear: ['yes', 'no'],
  accommodation: ['yes', 'no'],
} as const;

/** Accepts a stored form from any earlier version: known fields of the right type are kept. */
export function restoreMinimumWageForm(stored: unknown): MinimumWageForm | undefined {
  return restoreFlatFields(stored, INITIAL_MINIMUM_WAGE_FORM, MINIMUM_WAGE_FIELD_KINDS, CHOICES);
}

/** The domain names fields after its input; this is where each is asked on the form. */
const DOMAIN_FIELDS: Record<string, MinimumWageField> = {
  periodStart: 'periodStart',
  periodEnd: 'periodEnd',
  today: 'periodStart',
  ageAtPeriodStart: 'age',
  dateOfBirth: 'age',
  hours: 'basicHours',
  'hours.basic': 'basicHours',
  'hours.travelBetweenAssignments': 'travelHours',
  'hours.training': 'trainingHours',
  'hours.waitingOrOnCallAtWork': 'waitingHours',
  'hours.sleepInAwakeForWork': 'sleepInHours',
  grossPayPence: 'grossPay',
  premiumPayPence: 'premiumPay',
  deductionsForEmployerPence: 'deductions',
  'accommodation.daysProvided': 'accommodationDays',
  'accommodation.chargePence': 'accommodationCharge',
};

export function formFieldForDomain(field: string): MinimumWageField {
  return DOMAIN_FIELDS[field] ?? 'periodStart';
}

/** Oldest age anyone will type; beyond it is a typing slip. */
const MAX_AGE = 120;
const MAX_DAYS = 31;

/**
 * Reads the form into the calculator's input, noting every problem with what was typed, then
 * lets the calculator check the rest (dates against the rates table, hours against the period).
 * Problems are reported against form fields, never thrown.
 */
export function evaluateMinimumWage(form: MinimumWageForm, today: IsoDate): Evaluation<MinimumWageCheck> & { input?: MinimumWageInput } {
  const issues: Issue[] = [];
  const typed = new Set<MinimumWageField>();
  const problem = (field: MinimumWageField, code: string, parts?: readonly string[]) => {
    typed.add(field);
    issues.push(parts ? { field, code, parts } : { field, code });
  };

  for (const field of ['asker', 'apprentice', 'accommodation'] as const) {
    if (form[field] === '') problem(field, 'required');
  }
  if (form.apprentice === 'yes' && form.apprenticeFirstYear === '') problem('apprenticeFirstYear', 'required');

  const hoursInput: Partial<MinimumWageInput['hours']> = {};
  const input: Partial<Omit<MinimumWageInput, 'hours'>> = { today };

  const age = parseNumber(form.age, { max: MAX_AGE });
  if (age.ok) input.ageAtPeriodStart = age.value;
  else problem('age', age.problem);

  for (const field of ['periodStart', 'periodEnd'] as const) {
    const date = parseDateParts(form[field]);
    if (date.ok) input[field] = date.date;
    else problem(field, date.problem, date.parts);
  }

  const hours = [
    ['basicHours', 'basic', true],
    ['travelHours', 'travelBetweenAssignments', false],
    ['trainingHours', 'training', false],
    ['waitingHours', 'waitingOrOnCallAtWork', false],
    ['sleepInHours', 'sleepInAwakeForWork', false],
  ] as const;
  for (const [field, key, required] of hours) {
    if (!required && blank(form[field])) continue;
    const parsed = parseHours(form[field]);
    if (parsed.ok) hoursInput[key] = parsed.hours;
    else problem(field, parsed.problem);
  }

  const money = [
    ['grossPay', 'grossPayPence', true],
    ['premiumPay', 'premiumPayPence', false],
    ['deductions', 'deductionsForEmployerPence', false],
  ] as const;
  for (const [field, key, required] of money) {
    if (!required && blank(form[field])) continue;
    const parsed = parseMoney(form[field]);
    if (parsed.ok) input[key] = parsed.pence;
    else problem(field, parsed.problem);
  }

  if (form.apprentice === 'yes' && form.apprenticeFirstYear !== '') {
    input.apprentice = { inFirstYear: form.apprenticeFirstYear === 'yes' };
  }

  if (form.accommodation === 'yes') {
    const days = parseNumber(form.accommodationDays, { max: MAX_DAYS });
    const charge = parseMoney(form.accommodationCharge);
    if (!days.ok) problem('accommodationDays', days.problem);
    if (!charge.ok) problem('accommodationCharge', charge.problem);
    input.accommodation = {
      daysProvided: days.ok ? days.value : (undefined as unknown as number),
      chargePence: charge.ok ? charge.pence : 0,
    };
  }

  const full = { ...input, hours: hoursInput } as MinimumWageInput;
  const result = checkMinimumWage(full);
  if (!result.ok) {
    // A field already refused as typed keeps that message rather than the calculator's "required".
    for (const error of result.errors as MinimumWageError[]) {
      const field = formFieldForDomain(error.field);
      if (!typed.has(field)) issues.push({ field, code: error.code });
    }
  }
  if (issues.length > 0) return { ok: false, issues };
  return result.ok ? { ok: true, result, input: full } : { ok: false, issues };
}
