import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useSyncExternalStore } from 'react';
import { ensureLockChecked } from './crypto/lock-status';
import { currentSessionKey, getLockState, subscribeLockState } from './crypto/session';
import type { FairPaDb } from './db';
import { getStorageHealth, subscribeStorageHealth } from './health-store';
import { openedDatabase, openStorage } from './storage-health';
import { LockedError } from './storage-errors';

export type Loadable<T> = { status: 'loading' } | { status: 'ready'; value: T };

/** 'locked': the passphrase lock is on and this session has not been unlocked. */
export type LockableLoadable<T> = Loadable<T> | { status: 'locked' };

function sameDeps(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((item, index) => Object.is(item, b[index]));
}

/** A result, with the inputs that produced it and the session key it was read with (if any). */
type Tagged<T> = { inputs: unknown[]; key: CryptoKey | null } & ({ value: T; locked: false } | { locked: true });

/**
 * A live query that re-renders whenever its rows change (in this tab or another), and again
 * when the session is locked or unlocked, because what can be read depends on it.
 *
 * Results are tagged with the inputs that produced them because useLiveQuery keeps showing the
 * previous result while a new query runs: without the tag, switching from one checklist run to
 * another would briefly show the first run's answers under the second's name. A result read
 * with a session key is never shown once that key is gone (locked), not even for a moment; any
 * other result stays on screen while the lock state changes, so forms below it are not unmounted.
 */
export function usePersonalQuery<T>(
  query: (db: FairPaDb) => Promise<T>,
  deps: readonly unknown[],
  whenNothingCanBeStored: T,
): LockableLoadable<T> {
  const health = useSyncExternalStore(subscribeStorageHealth, getStorageHealth, getStorageHealth);
  const lock = useSyncExternalStore(subscribeLockState, getLockState, getLockState);
  useEffect(() => {
    void openStorage().then(() => ensureLockChecked());
  }, []);

  const db = health.mode === 'device' || health.mode === 'memory' ? openedDatabase() : null;
  const key = currentSessionKey()?.key ?? null;
  const inputs = [db, ...deps];
  const tagged = useLiveQuery(
    () =>
      db
        ? query(db).then(
            (value): Tagged<T> => ({ inputs, key, value, locked: false }),
            (error: unknown): Tagged<T> => {
              if (error instanceof LockedError) return { inputs, key, locked: true };
              throw error;
            },
          )
        : undefined,
    [...inputs, lock.status, key],
  );

  if (health.mode === 'none') return { status: 'ready', value: whenNothingCanBeStored };
  if (!tagged || !sameDeps(tagged.inputs, inputs)) return { status: 'loading' };
  if (tagged.key !== null && tagged.key !== key) return { status: 'loading' };
  if (tagged.locked) return { status: 'locked' };
  return { status: 'ready', value: tagged.value };
}

/**
 * The same for records whose screens were built before the passphrase lock: while locked they
 * read as loading (the app's lock notice says why) rather than as a state those screens don't know.
 */
export function useStorageQuery<T>(
  query: (db: FairPaDb) => Promise<T>,
  deps: readonly unknown[],
  whenNothingCanBeStored: T,
): Loadable<T> {
  const loaded = usePersonalQuery(query, deps, whenNothingCanBeStored);
  return loaded.status === 'locked' ? { status: 'loading' } : loaded;
}
