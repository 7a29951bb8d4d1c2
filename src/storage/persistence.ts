import type { FairPaDb } from './db';
import { getStorageHealth, setPersistState, type PersistState } from './health-store';
import { getStorageEnvironment } from './storage-environment';

export const PERSIST_REQUESTED_KEY = 'persistRequested';

/** Where persistence stands when the app opens, before anything is asked this session. */
export async function readPersistState(db: FairPaDb): Promise<PersistState> {
  const manager = getStorageEnvironment().storageManager();
  if (typeof manager?.persist !== 'function') return 'unsupported';
  try {
    if (typeof manager.persisted === 'function' && (await manager.persisted())) return 'granted';
  } catch {
    // A failing check is no reason to stop opening; fall through to what we recorded.
  }
  const asked = await db.settings.get(PERSIST_REQUESTED_KEY).catch(() => undefined);
  return asked ? 'not-granted' : 'not-asked';
}

let request: Promise<void> | null = null;

/**
 * Asks the browser not to evict our data, once: after the user first saves something, because
 * that is when there is something worth keeping, and because some browsers (Firefox) show a
 * prompt that makes sense only then. Preferences count as a save: they are the user's own choice.
 * Never asked in memory mode, where there is nothing on the device to keep.
 */
export function requestPersistenceOnce(db: FairPaDb): void {
  const health = getStorageHealth();
  if (request || health.mode !== 'device' || health.persisted !== 'not-asked') return;
  const env = getStorageEnvironment();
  const manager = env.storageManager();
  const persist = manager?.persist;
  if (typeof persist !== 'function') return;

  request = (async () => {
    // A browser that throws instead of answering (e.g. blocked by policy) has not granted it.
    const granted = await Promise.resolve()
      .then(() => persist.call(manager))
      .catch(() => false);
    setPersistState(granted ? 'granted' : 'not-granted');
    // Remember across sessions that we asked, so a refusal is not turned into a prompt every visit.
    await db.settings
      .put({ key: PERSIST_REQUESTED_KEY, value: true, updatedAt: env.now() })
      .catch(() => undefined);
  })();
}

/** For tests: wait until a persistence request (if any) has finished. */
export function whenPersistenceSettled(): Promise<void> {
  return request ?? Promise.resolve();
}

/** For tests and storage resets: allow asking again. */
export function forgetPersistenceRequest(): void {
  request = null;
}
