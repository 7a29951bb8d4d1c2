import { useEffect, useSyncExternalStore } from 'react';
import type { FairPaDb } from './db';
import {
  getStorageHealth,
  OPENING_HEALTH,
  setStorageHealth,
  subscribeStorageHealth,
  type StorageHealth,
} from './health-store';
import { closeLockChannel } from './crypto/lock-status';
import { forgetLockSession } from './crypto/session';
import { openDatabase } from './open-database';
import { forgetPersistenceRequest, readPersistState } from './persistence';
import { forgetPreferences } from './preferences';
import { getStorageEnvironment } from './storage-environment';

let opening: Promise<FairPaDb | null> | null = null;
let current: FairPaDb | null = null;

async function connect(): Promise<FairPaDb | null> {
  const opened = await openDatabase(getStorageEnvironment());
  current = opened.db;
  if (opened.mode === 'device') {
    setStorageHealth({ mode: 'device', persisted: await readPersistState(opened.db) });
  } else {
    setStorageHealth({ mode: opened.mode, reason: opened.reason, persisted: 'not-asked' });
  }
  return opened.db;
}

/** The open database, opening it on first use; null only when even the memory fallback failed. */
export function storageDatabase(): Promise<FairPaDb | null> {
  opening ??= connect();
  return opening;
}

/**
 * Opens storage once for the whole app (later calls share the first) and never rejects: whatever
 * happens, the answer is a health the UI can explain to the user.
 */
export async function openStorage(): Promise<StorageHealth> {
  await storageDatabase();
  return getStorageHealth();
}

/** The database if it is already open, for hooks that must decide synchronously while rendering. */
export function openedDatabase(): FairPaDb | null {
  return current;
}

/** For tests: close the database and forget everything, so the next openStorage() starts afresh. */
export async function closeStorage(): Promise<void> {
  const pending = opening;
  opening = null;
  current = null;
  const db = await pending;
  db?.close();
  forgetPersistenceRequest();
  forgetPreferences('closed');
  forgetLockSession();
  closeLockChannel();
  setStorageHealth(OPENING_HEALTH);
}

/** Re-renders when storage opens, falls back to memory, or persistence is granted. */
export function useStorageHealth(): StorageHealth {
  useEffect(() => {
    void openStorage();
  }, []);
  return useSyncExternalStore(subscribeStorageHealth, getStorageHealth, getStorageHealth);
}
