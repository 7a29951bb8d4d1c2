import { readRow, readRows } from './crypto/sealing';
import { putPersonal, updatePersonal } from './personal-writes';
import type { Shift } from './records';
import { getStorageEnvironment } from './storage-environment';
import { usePersonalQuery, type LockableLoadable } from './use-storage-query';
import { runWrite, type WriteResult } from './write-result';

export type ShiftInput = Omit<Shift, 'id' | 'createdAt' | 'updatedAt'>;

function minutesOfDay(time: string): number {
  const [hours = '0', minutes = '0'] = time.split(':');
  return Number(hours) * 60 + Number(minutes);
}

/** Minutes from start to end; an end at or before the start is on the next day (a night shift). */
export function shiftWorkedMinutes(shift: Pick<Shift, 'start' | 'end'>): number {
  const length = minutesOfDay(shift.end) - minutesOfDay(shift.start);
  return length > 0 ? length : length + 24 * 60;
}

function cleanShift(input: ShiftInput): ShiftInput {
  return {
    date: input.date,
    start: input.start,
    end: input.end,
    employer: input.employer.trim(),
    travelMinutes: input.travelMinutes,
    trainingMinutes: input.trainingMinutes,
    sleepIn: input.sleepIn,
    // Time awake only means something during a sleep-in.
    sleepInAwakeMinutes: input.sleepIn ? input.sleepInAwakeMinutes : 0,
    note: input.note.trim(),
  };
}

export function createShift(input: ShiftInput): Promise<WriteResult<{ id: string }>> {
  return runWrite(
    async (db) => {
      const env = getStorageEnvironment();
      const now = env.now();
      const shift: Shift = { id: env.newId(), ...cleanShift(input), createdAt: now, updatedAt: now };
      await putPersonal(db, 'shifts', [shift], { mode: 'add' });
      return { id: shift.id };
    },
    { savesUserData: true },
  );
}

export function updateShift(id: string, input: ShiftInput): Promise<WriteResult> {
  return runWrite(
    async (db) => {
      const now = getStorageEnvironment().now();
      await updatePersonal<Shift, 'shifts'>(db, 'shifts', id, (shift) => ({ ...shift, ...cleanShift(input), updatedAt: now }));
      return {};
    },
    { savesUserData: true },
  );
}

/** The draft of the form changing this shift; deleted with the shift. */
export function shiftDraftKey(id: string): string {
  return `diary:shift:${id}`;
}

/** Removes the shift and any unsaved changes to it, together. */
export function deleteShift(id: string): Promise<WriteResult> {
  return runWrite(
    (db) =>
      db.transaction('rw', db.shifts, db.drafts, async () => {
        await db.drafts.delete(shiftDraftKey(id));
        await db.shifts.delete(id);
        return {};
      }),
    { savesUserData: false },
  );
}

export interface ShiftList {
  /** The newest `limit` shifts, latest date first. */
  shifts: Shift[];
  total: number;
}

/** The newest shifts first, a page at a time: a year of shifts opens as fast as a week. */
export function useShifts(limit: number): LockableLoadable<ShiftList> {
  return usePersonalQuery(
    async (db) => {
      const [stored, total] = await Promise.all([db.shifts.orderBy('date').reverse().limit(limit).toArray(), db.shifts.count()]);
      return { shifts: await readRows<Shift, 'shifts'>('shifts', stored), total };
    },
    [limit],
    { shifts: [], total: 0 },
  );
}

/** Shifts from `from` to `to` inclusive (YYYY-MM-DD), earliest first. */
export function useShiftsBetween(from: string, to: string): LockableLoadable<Shift[]> {
  return usePersonalQuery(
    async (db) => {
      if (from > to) return [];
      const stored = await db.shifts.where('date').between(from, to, true, true).toArray();
      return readRows<Shift, 'shifts'>('shifts', stored);
    },
    [from, to],
    [],
  );
}

export function useShift(id: string): LockableLoadable<Shift | null> {
  return usePersonalQuery(
    async (db) => {
      const stored = await db.shifts.get(id);
      return stored ? readRow<Shift, 'shifts'>('shifts', stored) : null;
    },
    [id],
    null,
  );
}

/** Employer labels used before, most used first, to offer as suggestions when adding a shift. */
export function useEmployerLabels(): LockableLoadable<string[]> {
  return usePersonalQuery(
    async (db) => {
      // The most recent few hundred shifts are plenty to know who someone works for.
      const stored = await db.shifts.orderBy('date').reverse().limit(300).toArray();
      const shifts = await readRows<Shift, 'shifts'>('shifts', stored);
      const counts = new Map<string, number>();
      for (const { employer } of shifts) if (employer) counts.set(employer, (counts.get(employer) ?? 0) + 1);
      return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([label]) => label);
    },
    [],
    [],
  );
}
