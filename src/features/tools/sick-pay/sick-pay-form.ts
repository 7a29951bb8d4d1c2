import { statutorySickPay, type SickPayInput, type SickPayResult } from '../../../domain/sick-pay';
import { NATIONS, type Nation } from '../../../domain/shared/audience';
import type { IsoDate } from '../../../domain/shared/iso-date';
import { blank, restoreFlatFields, type YesNo } from '../flow/form-helpers';
import { issueCollector } from '../flow/issues';
import type { Evaluation, FieldKind } from '../flow/tool-definition';
import { EMPTY_DATE, isDateParts, parseDateParts, type DateParts } from '../input/parse-date';
import { parseMoney } from '../input/parse-money';
import { parseNumber } from '../input/parse-number';

export type SickPayCheck = Extract<SickPayResult, { ok: true }>;

export interface EarlierSpellRow {
  start: DateParts;
  end: DateParts;
}

export interface SickPayForm {
  nation: Nation | '';
  sicknessStart: DateParts;
  sicknessEnd: DateParts;
  /** Days of the week worked: '0' = Sunday … '6' = Saturday. */
  qualifyingDays: string[];
  earnings: string;
  earlier: YesNo | '';
  earlierSpells: EarlierSpellRow[];
  weeksAlreadyPaid: string;
}

export const MAX_EARLIER_SPELLS = 20;
/** Monday first, as UK calendars and rotas show the week. */
export const WEEK_DAYS = ['1', '2', '3', '4', '5', '6', '0'] as const;

export const INITIAL_SICK_PAY_FORM: SickPayForm = {
  nation: '',
  sicknessStart: EMPTY_DATE,
  sicknessEnd: EMPTY_DATE,
  qualifyingDays: [],
  earnings: '',
  earlier: '',
  earlierSpells: [{ start: EMPTY_DATE, end: EMPTY_DATE }],
  weeksAlreadyPaid: '',
};

export const SICK_PAY_FIELD_KINDS: Record<string, FieldKind> = {
  nation: 'choice',
  sicknessStart: 'date',
  sicknessEnd: 'date',
  qualifyingDays: 'choice',
  earnings: 'money',
  earlier: 'choice',
  earlierStart: 'date',
  earlierEnd: 'date',
  weeksAlreadyPaid: 'number',
};

export function restoreSickPayForm(stored: unknown): SickPayForm | undefined {
  const form = restoreFlatFields(stored, INITIAL_SICK_PAY_FORM, SICK_PAY_FIELD_KINDS, { nation: NATIONS, earlier: ['yes', 'no'] });
  if (!form) return undefined;
  const record = stored as Record<string, unknown>;
  const days = Array.isArray(record.qualifyingDays)
    ? WEEK_DAYS.filter((day) => (record.qualifyingDays as unknown[]).includes(day))
    : [];
  const rows = record.earlierSpells;
  const spells =
    Array.isArray(rows) && rows.length > 0 && rows.length <= MAX_EARLIER_SPELLS
      ? rows.map((row: unknown) => {
          const r = (typeof row === 'object' && row !== null ? row : {}) as Record<string, unknown>;
          return { start: isDateParts(r.start) ? r.start : EMPTY_DATE, end: isDateParts(r.end) ? r.end : EMPTY_DATE };
        })
      : INITIAL_SICK_PAY_FORM.earlierSpells;
  return { ...form, qualifyingDays: days, earlierSpells: spells };
}

function formFieldFor(field: string): string {
  if (field === 'sickness.start') return 'sicknessStart';
  if (field === 'sickness.end') return 'sicknessEnd';
  if (field.startsWith('qualifyingDays')) return 'qualifyingDays';
  if (field === 'averageWeeklyEarningsPence') return 'earnings';
  if (field === 'earlierSickness') return 'earlierStart.0';
  const earlier = /^earlierSickness\.(\d+)\.(start|end)$/.exec(field);
  if (earlier) return `${earlier[2] === 'start' ? 'earlierStart' : 'earlierEnd'}.${earlier[1]}`;
  return field;
}

const MAX_WEEKS_TYPED = 1000;

export function evaluateSickPay(form: SickPayForm, _today: IsoDate): Evaluation<SickPayCheck> {
  const { issues, problem, addCalculatorErrors } = issueCollector();
  const date = (field: string, parts: DateParts): IsoDate | undefined => {
    const parsed = parseDateParts(parts);
    if (parsed.ok) return parsed.date;
    problem(field, parsed.problem, parsed.parts);
    return undefined;
  };

  if (form.nation === '') problem('nation', 'required');
  if (form.earlier === '') problem('earlier', 'required');
  const input: Record<string, unknown> = {
    sickness: { start: date('sicknessStart', form.sicknessStart), end: date('sicknessEnd', form.sicknessEnd) },
    qualifyingDays: form.qualifyingDays.map(Number),
  };
  const earnings = parseMoney(form.earnings);
  if (earnings.ok) input.averageWeeklyEarningsPence = earnings.pence;
  else problem('earnings', earnings.problem);

  if (form.earlier === 'yes') {
    input.earlierSickness = form.earlierSpells.map((spell, index) => ({
      start: date(`earlierStart.${index}`, spell.start),
      end: date(`earlierEnd.${index}`, spell.end),
    }));
    if (!blank(form.weeksAlreadyPaid)) {
      const weeks = parseNumber(form.weeksAlreadyPaid, { max: MAX_WEEKS_TYPED, decimals: 2 });
      if (weeks.ok) input.weeksAlreadyPaid = weeks.value;
      else problem('weeksAlreadyPaid', weeks.problem);
    }
  }

  const result = statutorySickPay(input as unknown as SickPayInput);
  if (!result.ok) addCalculatorErrors(result.errors, formFieldFor);
  if (issues.length > 0 || !result.ok) return { ok: false, issues };
  return { ok: true, result };
}
