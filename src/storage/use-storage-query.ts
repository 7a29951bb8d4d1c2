import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useSyncExternalStore } from 'react';
import type { FairPaDb } from './db';
import { getStorageHealth, subscribeStorageHealth } from './health-store';
import { openedDatabase, openStorage } from './storage-health';

export type Loadable<T> = { status: 'loading' } | { status: 'ready'; value: T };

function sameDeps(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((item, index) => Object.is(item, b[index]));
}

/**
 * A live query that re-renders whenever its rows change (in this tab or another).
 *
 * Results are tagged with the inputs that produced them because useLiveQuery keeps showing the
 * previous result while a new query runs: without the tag, switching from one checklist run to
 * another would briefly show the first run's answers under the second's name.
 */
export function useStorageQuery<T>(
  query: (db: FairPaDb) => Promise<T>,
  deps: readonly unknown[],
  whenNothingCanBeStored: T,
): Loadable<T> {
  const health = useSyncExternalStore(subscribeStorageHealth, getStorageHealth, getStorageHealth);
  useEffect(() => {
    void openStorage();
  }, []);

  const db = health.mode === 'device' || health.mode === 'memory' ? openedDatabase() : null;
  const inputs = [db, ...deps];
  const tagged = useLiveQuery(
    () => (db ? query(db).then((value) => ({ inputs, value })) : undefined),
    inputs,
  );

  if (health.mode === 'none') return { status: 'ready', value: whenNothingCanBeStored };
  if (!tagged || !sameDeps(tagged.inputs, inputs)) return { status: 'loading' };
  return { status: 'ready', value: tagged.value };
}
