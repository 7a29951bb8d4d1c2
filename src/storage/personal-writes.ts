import type { IndexableType, Table } from 'dexie';
import { assertLockUnchanged, readRow, sealFor, writeContext } from './crypto/sealing';
import type { PersonalTable, Stored } from './crypto/personal-fields';
import type { FairPaDb } from './db';
import { RecordNotFoundError } from './storage-errors';

/** A record changed by another tab between our read and our write; the write is tried again. */
class ChangedMeanwhileError extends Error {
  override name = 'ChangedMeanwhileError';
}

const ATTEMPTS = 3;

export function personalTable<T, Tb extends PersonalTable>(db: FairPaDb, table: Tb): Table<Stored<T, Tb>, IndexableType> {
  return db.table(table) as Table<Stored<T, Tb>, IndexableType>;
}

export interface PutOptions {
  /** 'add' for new records (fails rather than overwrite an existing id); 'put' adds or replaces. */
  mode?: 'add' | 'put';
  /** More tables the transaction needs for inTransaction. */
  tables?: readonly string[];
  /** Runs inside the same transaction, so related changes happen together or not at all. */
  inTransaction?: () => Promise<void>;
}

/** Adds or replaces whole records, sealed when the lock is on, in one transaction. */
export async function putPersonal<T extends object, Tb extends PersonalTable>(
  db: FairPaDb,
  table: Tb,
  rows: readonly T[],
  also: PutOptions = {},
): Promise<void> {
  const context = await writeContext(db);
  const stored = await Promise.all(rows.map((row) => sealFor<T, Tb>(context, table, row)));
  await db.transaction('rw', [table, 'settings', ...(also.tables ?? [])], async () => {
    await assertLockUnchanged(db, context);
    await also.inTransaction?.();
    const target = personalTable<T, Tb>(db, table);
    if (also.mode === 'add') await target.bulkAdd(stored);
    else await target.bulkPut(stored);
  });
}

/**
 * Changes a record through `change`, which sees it opened (decrypted). The record is read, changed
 * and sealed outside the transaction (encryption cannot happen inside one), then written only if
 * nobody changed it meanwhile; otherwise the whole thing is tried again with the newer record.
 */
export async function updatePersonal<T extends { updatedAt: string }, Tb extends PersonalTable>(
  db: FairPaDb,
  table: Tb,
  key: IndexableType,
  change: (current: T) => T,
  also: { tables?: readonly string[]; inTransaction?: () => Promise<void> } = {},
): Promise<T> {
  const rows = personalTable<T, Tb>(db, table);
  for (let attempt = 1; ; attempt += 1) {
    const context = await writeContext(db);
    const before = await rows.get(key);
    if (!before) throw new RecordNotFoundError(`No ${table} record ${JSON.stringify(key)}`);
    const next = change(await readRow<T, Tb>(table, before));
    const stored = await sealFor<T, Tb>(context, table, next);
    try {
      await db.transaction('rw', [table, 'settings', ...(also.tables ?? [])], async () => {
        await assertLockUnchanged(db, context);
        const current = await rows.get(key);
        if (!current) throw new RecordNotFoundError(`No ${table} record ${JSON.stringify(key)}`);
        if ((current as { updatedAt?: unknown }).updatedAt !== (before as { updatedAt?: unknown }).updatedAt) {
          throw new ChangedMeanwhileError();
        }
        await also.inTransaction?.();
        await rows.put(stored);
      });
      return next;
    } catch (error) {
      if (!(error instanceof ChangedMeanwhileError) || attempt >= ATTEMPTS) throw error;
    }
  }
}
