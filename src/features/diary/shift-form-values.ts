import { isIsoDate } from '../../domain/shared/iso-date';
import type { Shift, ShiftInput } from '../../storage';
import { durationToInput, parseDuration } from './duration';

/** The shift form exactly as typed, so a draft restores the same boxes. */
export interface ShiftForm {
  date: string;
  start: string;
  end: string;
  employer: string;
  travel: string;
  training: string;
  sleepIn: '' | 'yes' | 'no';
  awake: string;
  note: string;
}

export type ShiftField = keyof ShiftForm;

export type ShiftProblem = 'required' | 'invalid' | 'too-large' | 'too-long';

export interface ShiftFormError {
  field: ShiftField;
  code: ShiftProblem;
}

export const EMPLOYER_MAX_LENGTH = 60;
export const NOTE_MAX_LENGTH = 2000;
/** Travel or training in one shift's entry: anything beyond a day is a typing slip. */
export const MAX_EXTRA_MINUTES = 24 * 60;
/** Time awake in a sleep-in: a night at most. */
export const MAX_AWAKE_MINUTES = 12 * 60;

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

export function emptyShiftForm(date: string, previous?: Partial<ShiftForm>): ShiftForm {
  return {
    date,
    start: previous?.start ?? '',
    end: previous?.end ?? '',
    employer: previous?.employer ?? '',
    travel: '',
    training: '',
    sleepIn: '',
    awake: '',
    note: '',
  };
}

export function shiftToForm(shift: Shift): ShiftForm {
  return {
    date: shift.date,
    start: shift.start,
    end: shift.end,
    employer: shift.employer,
    travel: durationToInput(shift.travelMinutes),
    training: durationToInput(shift.trainingMinutes),
    sleepIn: shift.sleepIn ? 'yes' : 'no',
    awake: durationToInput(shift.sleepInAwakeMinutes),
    note: shift.note,
  };
}

export function restoreShiftForm(stored: unknown, fallback: ShiftForm): ShiftForm | undefined {
  if (stored === null || typeof stored !== 'object') return undefined;
  const record = stored as Record<string, unknown>;
  const form = { ...fallback };
  for (const field of Object.keys(fallback) as ShiftField[]) {
    const value = record[field];
    if (typeof value !== 'string') continue;
    if (field === 'sleepIn') form.sleepIn = value === 'yes' || value === 'no' ? value : '';
    else form[field] = value;
  }
  return form;
}

export type ShiftEvaluation = { ok: true; input: ShiftInput } | { ok: false; errors: ShiftFormError[] };

/** Checks the form and turns it into a shift; problems in page order, for the error summary. */
export function evaluateShiftForm(form: ShiftForm): ShiftEvaluation {
  const errors: ShiftFormError[] = [];
  const problem = (field: ShiftField, code: ShiftProblem) => errors.push({ field, code });
  if (form.date === '') problem('date', 'required');
  else if (!isIsoDate(form.date)) problem('date', 'invalid');
  for (const field of ['start', 'end'] as const) {
    if (form[field] === '') problem(field, 'required');
    else if (!TIME.test(form[field])) problem(field, 'invalid');
  }
  if (form.employer.trim().length > EMPLOYER_MAX_LENGTH) problem('employer', 'too-long');
  const travel = parseDuration(form.travel, MAX_EXTRA_MINUTES);
  if (!travel.ok) problem('travel', travel.problem === 'too-large' ? 'too-large' : 'invalid');
  const training = parseDuration(form.training, MAX_EXTRA_MINUTES);
  if (!training.ok) problem('training', training.problem === 'too-large' ? 'too-large' : 'invalid');
  if (form.sleepIn === '') problem('sleepIn', 'required');
  const awake = form.sleepIn === 'yes' ? parseDuration(form.awake, MAX_AWAKE_MINUTES) : ({ ok: true, minutes: 0 } as const);
  if (!awake.ok) problem('awake', awake.problem === 'too-large' ? 'too-large' : 'invalid');
  if (form.note.trim().length > NOTE_MAX_LENGTH) problem('note', 'too-long');
  if (errors.length > 0 || !travel.ok || !training.ok || !awake.ok) return { ok: false, errors };
  return {
    ok: true,
    input: {
      date: form.date,
      start: form.start,
      end: form.end,
      employer: form.employer,
      travelMinutes: travel.minutes,
      trainingMinutes: training.minutes,
      sleepIn: form.sleepIn === 'yes',
      sleepInAwakeMinutes: awake.minutes,
      note: form.note,
    },
  };
}
