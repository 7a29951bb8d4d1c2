import type { FairPaDb } from './db';
import type { MemoryReason } from './health-store';
import { isUnavailableOnOpen } from './storage-errors';
import type { StorageEnvironment } from './storage-environment';

export type OpenedDatabase =
  | { mode: 'device'; db: FairPaDb }
  | { mode: 'memory'; db: FairPaDb; reason: MemoryReason }
  | { mode: 'none'; db: null; reason: MemoryReason };

class OpenBlockedError extends Error {
  override name = 'OpenBlockedError';
}

/**
 * An open is "blocked" while another tab holds an older version and will not let go. IndexedDB
 * then waits forever; we wait a little (the other tab may close) and then stop waiting.
 */
function openUnlessBlocked(db: FairPaDb, timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onBlocked = () => {
      timer ??= setTimeout(() => reject(new OpenBlockedError()), timeoutMs);
    };
    db.on('blocked', onBlocked);
    db.open().then(
      () => resolve(),
      (error: unknown) => reject(error),
    ).finally(() => {
      clearTimeout(timer);
      db.on('blocked').unsubscribe(onBlocked);
    });
  });
}

async function openOnDevice(
  env: StorageEnvironment,
): Promise<{ ok: true; db: FairPaDb } | { ok: false; reason: MemoryReason }> {
  let backend;
  try {
    backend = env.backend();
  } catch {
    return { ok: false, reason: 'unavailable' };
  }
  if (!backend) return { ok: false, reason: 'unavailable' };

  let db: FairPaDb | undefined;
  try {
    // Dexie loads with the database, not with the app's first paint.
    const { FairPaDb: Database } = await import('./db');
    db = new Database(backend, { now: env.now });
    await openUnlessBlocked(db, env.blockedTimeoutMs);
    return { ok: true, db };
  } catch (error) {
    db?.close();
    if (error instanceof OpenBlockedError) return { ok: false, reason: 'blocked' };
    return { ok: false, reason: isUnavailableOnOpen(error) ? 'unavailable' : 'error' };
  }
}

/** Tries the device's IndexedDB, then an in-memory copy, and says which one the app got. */
export async function openDatabase(env: StorageEnvironment): Promise<OpenedDatabase> {
  const onDevice = await openOnDevice(env);
  if (onDevice.ok) return { mode: 'device', db: onDevice.db };

  try {
    const { FairPaDb: Database } = await import('./db');
    const db = new Database(await env.loadMemoryBackend(), { now: env.now });
    await db.open();
    return { mode: 'memory', db, reason: onDevice.reason };
  } catch {
    return { mode: 'none', db: null, reason: onDevice.reason };
  }
}
