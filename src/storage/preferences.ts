import { isNation, isRole } from '../domain/shared/audience';
import type { Preferences } from './records';
import { storageDatabase } from './storage-health';
import { getStorageEnvironment } from './storage-environment';
import { useStorageQuery } from './use-storage-query';
import { runWrite, type WriteResult } from './write-result';

export const PREFERENCES_KEY = 'preferences';

/** Stored data outlives the code that wrote it: anything not a whole, valid choice reads as "not chosen yet". */
export function asPreferences(value: unknown): Preferences | null {
  if (value === null || typeof value !== 'object') return null;
  const { locale, nation, role } = value as Record<string, unknown>;
  if (typeof locale !== 'string' || locale === '' || !isNation(nation) || !isRole(role)) return null;
  return { locale, nation, role };
}

export function savePreferences(preferences: Preferences): Promise<WriteResult> {
  return runWrite(
    async (db) => {
      const value: Preferences = { ...preferences };
      await db.settings.put({ key: PREFERENCES_KEY, value, updatedAt: getStorageEnvironment().now() });
      return {};
    },
    { savesUserData: true },
  );
}

/** For code outside React (e.g. choosing the language before the first render). Never rejects. */
export async function loadPreferences(): Promise<Preferences | null> {
  try {
    const db = await storageDatabase();
    const row = await db?.settings.get(PREFERENCES_KEY);
    return asPreferences(row?.value);
  } catch {
    return null;
  }
}

export type PreferencesState =
  | { status: 'loading' }
  | { status: 'ready'; preferences: Preferences | null };

/** null once ready means the user has not chosen yet: show the first-run screen. */
export function usePreferences(): PreferencesState {
  const loaded = useStorageQuery(
    async (db) => asPreferences((await db.settings.get(PREFERENCES_KEY))?.value),
    [],
    null,
  );
  return loaded.status === 'ready' ? { status: 'ready', preferences: loaded.value } : loaded;
}
