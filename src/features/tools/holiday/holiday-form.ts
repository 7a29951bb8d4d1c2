import { holidayEntitlement, irregularHoursMethod, type HolidayInput, type HolidayPattern, type HolidayResult, type IrregularMethod } from '../../../domain/holiday';
import { isNation, NATIONS, type Nation } from '../../../domain/shared/audience';
import type { IsoDate } from '../../../domain/shared/iso-date';
import { blank, restoreFlatFields, restoreRows, type YesNo } from '../flow/form-helpers';
import { issueCollector } from '../flow/issues';
import type { Evaluation, FieldKind } from '../flow/tool-definition';
import { EMPTY_DATE, parseDateParts, type DateParts } from '../input/parse-date';
import { parseHours } from '../input/parse-hours';
import { parseMoney } from '../input/parse-money';
import { parseNumber } from '../input/parse-number';

export type HolidayCheck = Extract<HolidayResult, { ok: true }>;

export const PATTERNS: readonly HolidayPattern[] = ['days-per-week', 'hours-per-week', 'compressed-hours', 'shifts', 'irregular-hours'];

export interface PayPeriodRow {
  hours: string;
  pay: string;
}

export interface HolidayForm {
  nation: Nation | '';
  pattern: HolidayPattern | '';
  leaveYearStart: DateParts;
  startedInYear: YesNo | '';
  startDate: DateParts;
  leavingInYear: YesNo | '';
  leavingDate: DateParts;
  daysPerWeek: string;
  hoursPerWeek: string;
  shiftsPerPattern: string;
  daysPerPattern: string;
  hoursPerShift: string;
  /** Irregular hours, Great Britain from April 2024: each pay period's hours (and pay, optional). */
  periods: PayPeriodRow[];
  /** Irregular hours otherwise: the weeks with pay counted, and the hours worked in them. */
  referenceWeeks: string;
  referenceHours: string;
  averageDayHours: string;
}

export const MAX_PAY_PERIODS = 53;
const MAX_REFERENCE_WEEKS = 52;

export const INITIAL_HOLIDAY_FORM: HolidayForm = {
  nation: '',
  pattern: '',
  leaveYearStart: EMPTY_DATE,
  startedInYear: '',
  startDate: EMPTY_DATE,
  leavingInYear: '',
  leavingDate: EMPTY_DATE,
  daysPerWeek: '',
  hoursPerWeek: '',
  shiftsPerPattern: '',
  daysPerPattern: '',
  hoursPerShift: '',
  periods: [{ hours: '', pay: '' }],
  referenceWeeks: '',
  referenceHours: '',
  averageDayHours: '',
};

export const HOLIDAY_FIELD_KINDS: Record<string, FieldKind> = {
  nation: 'choice',
  pattern: 'choice',
  leaveYearStart: 'date',
  startedInYear: 'choice',
  startDate: 'date',
  leavingInYear: 'choice',
  leavingDate: 'date',
  daysPerWeek: 'number',
  hoursPerWeek: 'hours',
  shiftsPerPattern: 'number',
  daysPerPattern: 'number',
  hoursPerShift: 'hours',
  periodHours: 'hours',
  periodPay: 'money',
  referenceWeeks: 'number',
  referenceHours: 'hours',
  averageDayHours: 'hours',
};

const CHOICES = {
  nation: NATIONS,
  pattern: PATTERNS,
  startedInYear: ['yes', 'no'],
  leavingInYear: ['yes', 'no'],
} as const;

export function restoreHolidayForm(stored: unknown): HolidayForm | undefined {
  const form = restoreFlatFields(stored, INITIAL_HOLIDAY_FORM, HOLIDAY_FIELD_KINDS, CHOICES);
  if (!form) return undefined;
  const periods = restoreRows((stored as Record<string, unknown>).periods, ['hours', 'pay'] as const, MAX_PAY_PERIODS);
  return { ...form, periods: periods ?? INITIAL_HOLIDAY_FORM.periods };
}

/** Which irregular-hours method applies, once the nation and leave year are known. */
export function irregularMethodFor(form: HolidayForm): IrregularMethod | undefined {
  const start = parseDateParts(form.leaveYearStart);
  if (!isNation(form.nation) || !start.ok) return undefined;
  return irregularHoursMethod(form.nation, start.date);
}

/** The calculator's fields, and where each is asked on the form. */
function formFieldFor(field: string): string {
  const simple: Record<string, string> = {
    minutesPerWeek: 'hoursPerWeek',
    minutesPerShift: 'hoursPerShift',
    averageDayMinutes: 'averageDayHours',
    payPeriods: 'periodHours.0',
    referenceWeeksMinutes: 'referenceHours',
  };
  if (simple[field]) return simple[field];
  const period = /^payPeriods\.(\d+)\.(minutesWorked|payPence)$/.exec(field);
  if (period) return `${period[2] === 'payPence' ? 'periodPay' : 'periodHours'}.${period[1]}`;
  if (/^referenceWeeksMinutes\.\d+$/.test(field)) return 'referenceHours';
  return field;
}

/**
 * The form read into the calculator's input: every typing problem noted at its field, then the
 * calculator's own checks (dates inside the leave year, the rates table) mapped back to fields.
 */
export function evaluateHoliday(form: HolidayForm, _today: IsoDate): Evaluation<HolidayCheck> {
  const { issues, problem, addCalculatorErrors } = issueCollector();
  const date = (field: 'leaveYearStart' | 'startDate' | 'leavingDate'): IsoDate | undefined => {
    const parsed = parseDateParts(form[field]);
    if (parsed.ok) return parsed.date;
    problem(field, parsed.problem, parsed.parts);
    return undefined;
  };
  const hoursMinutes = (field: string, text: string, required: boolean): number | undefined => {
    if (!required && blank(text)) return undefined;
    const parsed = parseHours(text);
    if (parsed.ok) return parsed.minutes;
    problem(field, parsed.problem);
    return undefined;
  };
  const number = (field: keyof HolidayForm & string, decimals: number): number | undefined => {
    const parsed = parseNumber(form[field] as string, { max: 100_000, decimals });
    if (parsed.ok) return parsed.value;
    problem(field, parsed.problem);
    return undefined;
  };

  if (form.nation === '') problem('nation', 'required');
  if (form.pattern === '') problem('pattern', 'required');
  if (form.startedInYear === '') problem('startedInYear', 'required');
  if (form.leavingInYear === '') problem('leavingInYear', 'required');
  const fields: Record<string, unknown> = {
    nation: form.nation || undefined,
    pattern: form.pattern || undefined,
    leaveYearStart: date('leaveYearStart'),
    startDate: form.startedInYear === 'yes' ? date('startDate') : undefined,
    leavingDate: form.leavingInYear === 'yes' ? date('leavingDate') : undefined,
  };

  switch (form.pattern) {
    case 'days-per-week':
      fields.daysPerWeek = number('daysPerWeek', 2);
      break;
    case 'hours-per-week':
    case 'compressed-hours':
      fields.minutesPerWeek = hoursMinutes('hoursPerWeek', form.hoursPerWeek, true);
      fields.daysPerWeek = number('daysPerWeek', 2);
      break;
    case 'shifts':
      fields.shiftsPerPattern = number('shiftsPerPattern', 0);
      fields.daysPerPattern = number('daysPerPattern', 0);
      fields.minutesPerShift = hoursMinutes('hoursPerShift', form.hoursPerShift, false);
      break;
    case 'irregular-hours': {
      fields.averageDayMinutes = hoursMinutes('averageDayHours', form.averageDayHours, false);
      const method = irregularMethodFor(form);
      if (method === 'accrual') {
        fields.payPeriods = form.periods.map((row, index) => {
          const minutesWorked = hoursMinutes(`periodHours.${index}`, row.hours, true);
          let payPence: number | undefined;
          if (!blank(row.pay)) {
            const pay = parseMoney(row.pay);
            if (pay.ok) payPence = pay.pence;
            else problem(`periodPay.${index}`, pay.problem);
          }
          return { minutesWorked, payPence };
        });
      } else if (method === 'average-week') {
        const weeks = parseNumber(form.referenceWeeks, { max: MAX_REFERENCE_WEEKS, decimals: 0 });
        if (!weeks.ok) problem('referenceWeeks', weeks.problem);
        else if (weeks.value === 0) problem('referenceWeeks', 'zero');
        const total = hoursMinutes('referenceHours', form.referenceHours, true);
        if (weeks.ok && weeks.value > 0 && total !== undefined) {
          // Only the total and the number of weeks matter to the average, so spread it evenly.
          const each = Math.floor(total / weeks.value);
          fields.referenceWeeksMinutes = Array.from({ length: weeks.value }, (_, i) => (i < total % weeks.value ? each + 1 : each));
        }
      }
      break;
    }
  }

  const result = holidayEntitlement(fields as unknown as HolidayInput);
  if (!result.ok) addCalculatorErrors(result.errors, formFieldFor);
  if (issues.length > 0 || !result.ok) return { ok: false, issues };
  return { ok: true, result };
}
