import type { FairPaDb } from '../db';
import { LockChangedError, LockedError } from '../storage-errors';
import { asLockRecord, LOCK_SETTING_KEY } from './lock-record';
import { isSealedRow, openRow, sealRow, type PersonalTable, type Stored } from './personal-fields';
import { currentSessionKey } from './session';

/** How a write must store personal fields: in plain (lock off) or sealed with this session's key. */
export interface LockContext {
  lockId: string | null;
  key: CryptoKey | null;
}

/**
 * Decided from the stored lock setting, not from this tab's idea of it, so a tab that has not
 * heard that another tab turned the lock on can never write plain text. Throws LockedError when
 * the lock is on and this session holds no key for it.
 */
export async function writeContext(db: FairPaDb): Promise<LockContext> {
  const row = await db.settings.get(LOCK_SETTING_KEY);
  if (!row) return { lockId: null, key: null };
  const record = asLockRecord(row.value);
  const session = currentSessionKey();
  if (!record || !session || session.lockId !== record.lockId) throw new LockedError('FairPA is locked');
  return { lockId: record.lockId, key: session.key };
}

export function sealFor<T extends object, Tb extends PersonalTable>(
  context: LockContext,
  table: Tb,
  row: Stored<T, Tb>,
): Promise<Stored<T, Tb>> {
  return context.key ? sealRow(context.key, table, row) : Promise.resolve(row);
}

/**
 * Encryption is asynchronous and IndexedDB transactions close when left waiting, so rows are
 * sealed before the transaction; inside it, this confirms the lock has not changed meanwhile.
 * The transaction must include the settings table.
 */
export async function assertLockUnchanged(db: FairPaDb, context: LockContext): Promise<void> {
  const row = await db.settings.get(LOCK_SETTING_KEY);
  const lockId = row ? (asLockRecord(row.value)?.lockId ?? '') : null;
  if (lockId !== context.lockId) throw new LockChangedError('The passphrase lock changed during the write');
}

/** Opens a stored row with this session's key; LockedError if it is sealed and the session is locked. */
export async function readRow<T extends object, Tb extends PersonalTable>(table: Tb, stored: Stored<T, Tb>): Promise<T> {
  if (!isSealedRow(stored)) return stored as T;
  const session = currentSessionKey();
  if (!session) throw new LockedError('FairPA is locked');
  return openRow<T, Tb>(session.key, table, stored);
}

export function readRows<T extends object, Tb extends PersonalTable>(table: Tb, stored: readonly Stored<T, Tb>[]): Promise<T[]> {
  // With the lock off nothing is sealed: skip a promise per row, which thousands of rows notice.
  if (!stored.some(isSealedRow)) return Promise.resolve(stored as T[]);
  return Promise.all(stored.map((row) => readRow<T, Tb>(table, row)));
}

/** Seals many rows for one write; with the lock off, the rows as they are. */
export function sealAllFor<T extends object, Tb extends PersonalTable>(
  context: LockContext,
  table: Tb,
  rows: readonly Stored<T, Tb>[],
): Promise<Stored<T, Tb>[]> {
  if (!context.key) return Promise.resolve([...rows]);
  return Promise.all(rows.map((row) => sealFor<T, Tb>(context, table, row)));
}
