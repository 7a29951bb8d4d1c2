import { compareDates, daysBetween } from '../shared/iso-date';
import type { Pence } from '../shared/money';
import { requiredDate, scaledDecimal, wholeNumber, type FieldError, type Invalid } from '../shared/input-checks';
import type { Spell } from './linked-series';

export interface SickPayInput {
  /** The spell of sickness to calculate: first and last day the employee was too ill to work. */
  sickness: Spell;
  /** Earlier spells with the same employer, to find linked periods and waiting days served. */
  earlierSickness?: Spell[] | undefined;
  /** Days of the week the employee normally works: 0 = Sunday … 6 = Saturday. */
  qualifyingDays: number[];
  /** Average weekly earnings over the 8 weeks before the (first linked) spell, in pence. */
  averageWeeklyEarningsPence: Pence;
  /**
   * Weeks of SSP already paid in the linked series (up to two decimals, e.g. 3.4), when known from
   * payslips. When given it replaces the weeks worked out from `earlierSickness`.
   */
  weeksAlreadyPaid?: number | undefined;
}

export interface CheckedInput {
  sickness: Spell;
  earlierSickness: Spell[];
  qualifyingDays: number[];
  averageWeeklyEarningsPence: number;
  weeksAlreadyPaidHundredths: number | undefined;
}

/** About three years: longer spells are not credible input and would only slow the day loop. */
export const MAX_SPELL_DAYS = 1100;
const MAX_EARLIER_SPELLS = 20;
const MAX_WEEKLY_EARNINGS_PENCE = 10_000_000;

function checkSpell(raw: unknown, field: string, errors: FieldError[]): Spell | undefined {
  const spell = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const start = requiredDate(spell.start, `${field}.start`, errors);
  const end = requiredDate(spell.end, `${field}.end`, errors);
  if (start === undefined || end === undefined) return undefined;
  if (compareDates(end, start) < 0) {
    errors.push({ field: `${field}.end`, code: 'end-before-start' });
    return undefined;
  }
  if (daysBetween(start, end) + 1 > MAX_SPELL_DAYS) {
    errors.push({ field: `${field}.end`, code: 'too-many-days' });
    return undefined;
  }
  return { start, end };
}

function checkEarlier(raw: unknown, current: Spell | undefined, errors: FieldError[]): Spell[] {
  if (raw === undefined || raw === null) return [];
  if (!Array.isArray(raw)) {
    errors.push({ field: 'earlierSickness', code: 'required' });
    return [];
  }
  if (raw.length > MAX_EARLIER_SPELLS) {
    errors.push({ field: 'earlierSickness', code: 'too-large' });
    return [];
  }
  const spells: Spell[] = [];
  raw.forEach((item: unknown, index) => {
    const spell = checkSpell(item, `earlierSickness.${index}`, errors);
    if (!spell) return;
    const clash =
      (current !== undefined && compareDates(spell.end, current.start) >= 0) ||
      spells.some((other) => compareDates(spell.start, other.end) <= 0 && compareDates(other.start, spell.end) <= 0);
    if (clash) errors.push({ field: `earlierSickness.${index}.end`, code: 'overlap' });
    else spells.push(spell);
  });
  return spells;
}

function checkQualifyingDays(raw: unknown, errors: FieldError[]): number[] {
  if (!Array.isArray(raw) || raw.length === 0) {
    errors.push({ field: 'qualifyingDays', code: 'required' });
    return [];
  }
  const days: number[] = [];
  raw.forEach((value: unknown, index) => {
    const day = wholeNumber(value, `qualifyingDays.${index}`, errors, { min: 0, max: 6 });
    if (day === undefined) return;
    if (days.includes(day)) errors.push({ field: `qualifyingDays.${index}`, code: 'duplicate' });
    else days.push(day);
  });
  return days;
}

/**
 * Checks everything a user can get wrong that needs no rates; the caller checks the weeks already
 * paid against the maximum in force.
 */
export function checkSickPayInput(
  input: SickPayInput,
): { ok: true; value: CheckedInput } | Invalid {
  const fields = input as unknown as Record<string, unknown>;
  const errors: FieldError[] = [];
  const sickness = checkSpell(fields.sickness, 'sickness', errors);
  const earlierSickness = checkEarlier(fields.earlierSickness, sickness, errors);
  const qualifyingDays = checkQualifyingDays(fields.qualifyingDays, errors);
  const awe = wholeNumber(
    fields.averageWeeklyEarningsPence,
    'averageWeeklyEarningsPence',
    errors,
    { min: 0, max: MAX_WEEKLY_EARNINGS_PENCE },
  );
  const weeks = fields.weeksAlreadyPaid;
  const weeksAlreadyPaidHundredths =
    weeks === undefined || weeks === null || weeks === ''
      ? undefined
      : scaledDecimal(weeks, 'weeksAlreadyPaid', errors, { decimals: 2, min: 0, max: Infinity });
  if (errors.length > 0 || sickness === undefined || awe === undefined) return { ok: false, errors };
  return {
    ok: true,
    value: { sickness, earlierSickness, qualifyingDays, averageWeeklyEarningsPence: awe, weeksAlreadyPaidHundredths },
  };
}
