import { readRows } from './crypto/sealing';
import { putPersonal } from './personal-writes';
import type { HolidayEntitlement, HolidayTaken } from './records';
import { getStorageEnvironment } from './storage-environment';
import { usePersonalQuery, type LockableLoadable } from './use-storage-query';
import { runWrite, type WriteResult } from './write-result';

export const HOLIDAY_ENTITLEMENT_KEY = 'holidayEntitlement';

export type HolidayInput = Omit<HolidayTaken, 'id' | 'createdAt' | 'updatedAt'>;

export function asHolidayEntitlement(value: unknown): HolidayEntitlement | null {
  if (value === null || typeof value !== 'object') return null;
  const { leaveYearStart, minutes } = value as Record<string, unknown>;
  if (typeof leaveYearStart !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(leaveYearStart)) return null;
  if (typeof minutes !== 'number' || !Number.isInteger(minutes) || minutes < 0) return null;
  return { leaveYearStart, minutes };
}

export function addHoliday(input: HolidayInput): Promise<WriteResult<{ id: string }>> {
  return runWrite(
    async (db) => {
      const env = getStorageEnvironment();
      const now = env.now();
      const holiday: HolidayTaken = {
        id: env.newId(),
        date: input.date,
        minutes: input.minutes,
        employer: input.employer.trim(),
        note: input.note.trim(),
        createdAt: now,
        updatedAt: now,
      };
      await putPersonal(db, 'holidays', [holiday], { mode: 'add' });
      return { id: holiday.id };
    },
    { savesUserData: true },
  );
}

export function deleteHoliday(id: string): Promise<WriteResult> {
  return runWrite(
    async (db) => {
      await db.holidays.delete(id);
      return {};
    },
    { savesUserData: false },
  );
}

export function setHolidayEntitlement(entitlement: HolidayEntitlement): Promise<WriteResult> {
  const value: HolidayEntitlement = { leaveYearStart: entitlement.leaveYearStart, minutes: entitlement.minutes };
  return runWrite(
    async (db) => {
      await db.settings.put({ key: HOLIDAY_ENTITLEMENT_KEY, value, updatedAt: getStorageEnvironment().now() });
      return {};
    },
    { savesUserData: true },
  );
}

/** The day after the leave year that starts on `start` ends (a year later). */
export function leaveYearEnd(start: string): string {
  const [year = '0', month = '01', day = '01'] = start.split('-');
  const next = new Date(Date.UTC(Number(year) + 1, Number(month) - 1, Number(day)));
  return next.toISOString().slice(0, 10);
}

export interface HolidaySummary {
  entitlement: HolidayEntitlement | null;
  /** Holiday in the current leave year (or all of it, when no entitlement is set), latest first. */
  taken: HolidayTaken[];
  takenMinutes: number;
  /** Entitlement left, negative when more was taken than the entitlement. */
  remainingMinutes: number | null;
}

/** Holiday taken against entitlement for the leave year the entitlement describes. */
export function useHolidaySummary(): LockableLoadable<HolidaySummary> {
  return usePersonalQuery(
    async (db) => {
      const entitlement = asHolidayEntitlement((await db.settings.get(HOLIDAY_ENTITLEMENT_KEY))?.value);
      const stored = entitlement
        ? await db.holidays.where('date').between(entitlement.leaveYearStart, leaveYearEnd(entitlement.leaveYearStart), true, false).toArray()
        : await db.holidays.toArray();
      const taken = (await readRows<HolidayTaken, 'holidays'>('holidays', stored)).sort(
        (a, b) => b.date.localeCompare(a.date) || b.id.localeCompare(a.id),
      );
      const takenMinutes = taken.reduce((sum, holiday) => sum + holiday.minutes, 0);
      return { entitlement, taken, takenMinutes, remainingMinutes: entitlement ? entitlement.minutes - takenMinutes : null };
    },
    [],
    { entitlement: null, taken: [], takenMinutes: 0, remainingMinutes: null },
  );
}
