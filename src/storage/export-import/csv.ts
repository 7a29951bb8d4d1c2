import { readRows } from '../crypto/sealing';
import type { FollowUp, Shift, Visit } from '../records';
import { shiftWorkedMinutes } from '../shifts';
import { storageDatabase } from '../storage-health';
import { toWriteFailure, type WriteFailure } from '../write-result';

export type CsvCell = string | number;

/**
 * A spreadsheet opening the file would run a cell starting with = + - @ as a formula (CSV
 * injection), so such text gets a leading apostrophe, which spreadsheets show as plain text.
 */
function guard(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

function cell(value: CsvCell): string {
  const text = typeof value === 'number' ? String(value) : guard(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * RFC 4180 CSV with CRLF line ends, and a byte-order mark so spreadsheet programs read the
 * accents in names and notes as UTF-8.
 */
export function toCsv(rows: readonly (readonly CsvCell[])[]): string {
  return `\uFEFF${rows.map((row) => row.map(cell).join(',')).join('\r\n')}\r\n`;
}

/** Minutes as h:mm, the way timesheets write them. */
export function hoursAndMinutes(minutes: number): string {
  return `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}`;
}

export interface ShiftCsvWords {
  headings: {
    date: string;
    start: string;
    end: string;
    employer: string;
    worked: string;
    travel: string;
    training: string;
    sleepIn: string;
    awake: string;
    note: string;
  };
  yes: string;
  no: string;
}

/** One row per shift, earliest first; times as h:mm. */
export function shiftsCsv(shifts: readonly Shift[], words: ShiftCsvWords): string {
  const { headings: h } = words;
  const sorted = [...shifts].sort((a, b) => a.date.localeCompare(b.date) || a.start.localeCompare(b.start) || a.id.localeCompare(b.id));
  return toCsv([
    [h.date, h.start, h.end, h.employer, h.worked, h.travel, h.training, h.sleepIn, h.awake, h.note],
    ...sorted.map((shift) => [
      shift.date,
      shift.start,
      shift.end,
      shift.employer,
      hoursAndMinutes(shiftWorkedMinutes(shift)),
      hoursAndMinutes(shift.travelMinutes),
      hoursAndMinutes(shift.trainingMinutes),
      shift.sleepIn ? words.yes : words.no,
      hoursAndMinutes(shift.sleepInAwakeMinutes),
      shift.note,
    ]),
  ]);
}

export interface VisitCsvWords {
  headings: {
    date: string;
    place: string;
    seen: string;
    findings: string;
    checklists: string;
    results: string;
    followUps: string;
    open: string;
  };
  /** How one follow-up is written in the follow-ups column, e.g. "Send leaflet (due 2026-01-17, done)". */
  followUp: (followUp: FollowUp) => string;
}

/** One row per visit, earliest first, its follow-up actions together in one cell. */
export function visitsCsv(visits: readonly Visit[], followUps: readonly FollowUp[], words: VisitCsvWords): string {
  const { headings: h } = words;
  const byVisit = new Map<string, FollowUp[]>();
  for (const followUp of followUps) byVisit.set(followUp.visitId, [...(byVisit.get(followUp.visitId) ?? []), followUp]);
  const sorted = [...visits].sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
  return toCsv([
    [h.date, h.place, h.seen, h.findings, h.checklists, h.results, h.followUps, h.open],
    ...sorted.map((visit) => {
      const actions = (byVisit.get(visit.id) ?? []).sort((a, b) => (a.dueDate || '9999').localeCompare(b.dueDate || '9999') || a.id.localeCompare(b.id));
      return [
        visit.date,
        visit.place,
        visit.seen,
        visit.findings,
        visit.checklistRunIds.length,
        visit.savedResultIds.length,
        actions.map(words.followUp).join('\n'),
        actions.filter((action) => !action.done).length,
      ];
    }),
  ]);
}

export type CsvResult = { ok: true; text: string; rows: number } | WriteFailure;

/** All shifts as CSV. Needs an unlocked session when the lock is on. */
export async function exportShiftsCsv(words: ShiftCsvWords): Promise<CsvResult> {
  try {
    const db = await storageDatabase();
    if (!db) return { ok: false, reason: 'unavailable' };
    const shifts = await readRows<Shift, 'shifts'>('shifts', await db.shifts.toArray());
    return { ok: true, text: shiftsCsv(shifts, words), rows: shifts.length };
  } catch (error) {
    return toWriteFailure(error);
  }
}

/** All visits and their follow-ups as CSV. Needs an unlocked session when the lock is on. */
export async function exportVisitsCsv(words: VisitCsvWords): Promise<CsvResult> {
  try {
    const db = await storageDatabase();
    if (!db) return { ok: false, reason: 'unavailable' };
    const [storedVisits, storedFollowUps] = await db.transaction('r', db.visits, db.followUps, () =>
      Promise.all([db.visits.toArray(), db.followUps.toArray()]),
    );
    const visits = await readRows<Visit, 'visits'>('visits', storedVisits);
    const followUps = await readRows<FollowUp, 'followUps'>('followUps', storedFollowUps);
    return { ok: true, text: visitsCsv(visits, followUps, words), rows: visits.length };
  } catch (error) {
    return toWriteFailure(error);
  }
}
