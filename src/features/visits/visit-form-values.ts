import { isIsoDate } from '../../domain/shared/iso-date';
import type { Visit, VisitInput } from '../../storage';

/** What the visit form holds, exactly as typed, so a draft restores the same boxes. */
export interface VisitForm {
  date: string;
  place: string;
  seen: string;
  findings: string;
  checklistRunIds: string[];
  savedResultIds: string[];
}

export type VisitField = 'date' | 'place' | 'seen' | 'findings';

/** Short on purpose: a label to recognise the visit by, not an address. */
export const PLACE_MAX_LENGTH = 80;
/** A first name or initials, not a full name. */
export const SEEN_MAX_LENGTH = 40;
export const FINDINGS_MAX_LENGTH = 5000;

export interface VisitFormError {
  field: VisitField;
  code: 'required' | 'invalid' | 'too-long';
}

export function emptyVisitForm(today: string): VisitForm {
  return { date: today, place: '', seen: '', findings: '', checklistRunIds: [], savedResultIds: [] };
}

export function visitToForm(visit: Visit): VisitForm {
  return {
    date: visit.date,
    place: visit.place,
    seen: visit.seen,
    findings: visit.findings,
    checklistRunIds: [...visit.checklistRunIds],
    savedResultIds: [...visit.savedResultIds],
  };
}

const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : []);

/** A stored draft from any earlier version of the form: known fields of the right type are kept. */
export function restoreVisitForm(stored: unknown, fallback: VisitForm): VisitForm | undefined {
  if (stored === null || typeof stored !== 'object') return undefined;
  const record = stored as Record<string, unknown>;
  const text = (key: VisitField) => (typeof record[key] === 'string' ? (record[key] as string) : fallback[key]);
  return {
    date: text('date'),
    place: text('place'),
    seen: text('seen'),
    findings: text('findings'),
    checklistRunIds: Array.isArray(record.checklistRunIds) ? strings(record.checklistRunIds) : fallback.checklistRunIds,
    savedResultIds: Array.isArray(record.savedResultIds) ? strings(record.savedResultIds) : fallback.savedResultIds,
  };
}

/** Problems in page order, the order the error summary lists them. */
export function validateVisitForm(form: VisitForm): VisitFormError[] {
  const errors: VisitFormError[] = [];
  if (form.date.trim() === '') errors.push({ field: 'date', code: 'required' });
  else if (!isIsoDate(form.date)) errors.push({ field: 'date', code: 'invalid' });
  if (form.place.trim() === '') errors.push({ field: 'place', code: 'required' });
  else if (form.place.trim().length > PLACE_MAX_LENGTH) errors.push({ field: 'place', code: 'too-long' });
  if (form.seen.trim().length > SEEN_MAX_LENGTH) errors.push({ field: 'seen', code: 'too-long' });
  if (form.findings.trim().length > FINDINGS_MAX_LENGTH) errors.push({ field: 'findings', code: 'too-long' });
  return errors;
}

export function formToVisitInput(form: VisitForm): VisitInput {
  return {
    date: form.date,
    place: form.place,
    seen: form.seen,
    findings: form.findings,
    checklistRunIds: form.checklistRunIds,
    savedResultIds: form.savedResultIds,
  };
}

/** Today's date where the user is, as YYYY-MM-DD (not UTC: a visit at 00:30 is on today's date). */
export function localToday(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
