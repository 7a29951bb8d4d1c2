import type { FairPaDb } from './db';
import { requestPersistenceOnce } from './persistence';
import { storageDatabase } from './storage-health';
import {
  isQuotaError,
  isUnavailableOnWrite,
  LockChangedError,
  LockedError,
  messageOf,
  RecordNotFoundError,
} from './storage-errors';

/**
 * 'quota': the device is full; 'unavailable': there is no database to write to;
 * 'not-found': the record being changed no longer exists (e.g. deleted in another tab);
 * 'locked': the passphrase lock is on and FairPA must be unlocked before personal records change.
 */
export type WriteFailureReason = 'quota' | 'unavailable' | 'not-found' | 'locked' | 'error';

export interface WriteFailure {
  ok: false;
  reason: WriteFailureReason;
  /** For logs and bug reports, not for users: it is in English and browser-specific. */
  message?: string;
}

export type WriteResult<T extends object = Record<never, never>> = ({ ok: true } & T) | WriteFailure;

export function toWriteFailure(error: unknown): WriteFailure {
  const message = messageOf(error);
  const reason: WriteFailureReason = isQuotaError(error)
    ? 'quota'
    : error instanceof RecordNotFoundError
      ? 'not-found'
      : error instanceof LockedError || error instanceof LockChangedError
        ? 'locked'
        : isUnavailableOnWrite(error)
          ? 'unavailable'
          : 'error';
  return message === undefined ? { ok: false, reason } : { ok: false, reason, message };
}

export interface WriteOptions {
  /** True when the write keeps something the user made; the first such write asks for persistence. */
  savesUserData: boolean;
}

/** Every write goes through here, so the UI gets a result to act on and never an exception. */
export async function runWrite<T extends object>(
  write: (db: FairPaDb) => Promise<T>,
  { savesUserData }: WriteOptions,
): Promise<WriteResult<T>> {
  try {
    const db = await storageDatabase();
    if (!db) return { ok: false, reason: 'unavailable', message: 'No database could be opened' };
    const extra = await write(db);
    if (savesUserData) requestPersistenceOnce(db);
    return { ok: true, ...extra };
  } catch (error) {
    return toWriteFailure(error);
  }
}
