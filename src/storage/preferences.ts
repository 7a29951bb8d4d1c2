import { isNation, isRole } from '../domain/shared/audience';
import type { Preferences } from './records';
import { storageDatabase } from './storage-health';
import { getStorageEnvironment } from './storage-environment';
import { useEffect, useSyncExternalStore } from 'react';
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
  const value: Preferences = { ...preferences };
  return runWrite(
    async (db) => {
      await db.settings.put({ key: PREFERENCES_KEY, value, updatedAt: getStorageEnvironment().now() });
      return {};
    },
    { savesUserData: true },
  ).then((result) => {
    // Even when the device refuses to keep it, the choice applies for the rest of this visit.
    setSnapshot({ status: 'ready', preferences: value });
    return result;
  });
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

/*
 * Preferences are read by the shell on every page, so they are held in a small store rather than
 * a Dexie live query: the shell then needs no Dexie code for its first paint (Dexie loads with the
 * database, after it). They change only through savePreferences and forgetPreferences.
 */
let snapshot: PreferencesState = { status: 'loading' };
let requested = false;
const listeners = new Set<() => void>();

function setSnapshot(next: PreferencesState): void {
  snapshot = next;
  for (const listener of [...listeners]) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

function ensureLoaded(): void {
  if (requested) return;
  requested = true;
  void loadPreferences().then((preferences) => {
    if (snapshot.status === 'loading') setSnapshot({ status: 'ready', preferences });
  });
}

/** After preferences were written some other way (an import), every screen shows them at once. */
export function rememberPreferences(preferences: Preferences): void {
  requested = true;
  setSnapshot({ status: 'ready', preferences: { ...preferences } });
}

/** After everything is deleted (or in tests, storage is closed), the next read starts afresh. */
export function forgetPreferences(state: 'deleted' | 'closed'): void {
  requested = state === 'deleted';
  setSnapshot(state === 'deleted' ? { status: 'ready', preferences: null } : { status: 'loading' });
}

/** null once ready means the user has not chosen yet: show the first-run screen. */
export function usePreferences(): PreferencesState {
  useEffect(ensureLoaded, []);
  return useSyncExternalStore(subscribe, () => snapshot, () => snapshot);
}
