import { readRow } from './crypto/sealing';
import { putPersonal } from './personal-writes';
import type { Draft } from './records';
import { storageDatabase } from './storage-health';
import { getStorageEnvironment } from './storage-environment';
import { runWrite, type WriteResult } from './write-result';

/**
 * value must survive structured cloning (plain data); functions and class instances do not. With
 * the passphrase lock on, drafts are sealed like every other personal record (forms hold names and
 * notes), so a draft cannot be saved while FairPA is locked: the result says 'locked'.
 */
export function saveDraft(key: string, value: unknown): Promise<WriteResult> {
  return runWrite(
    async (db) => {
      // Fails here, before anything is sealed, if the value cannot be stored at all.
      structuredClone(value);
      await putPersonal<Draft, 'drafts'>(db, 'drafts', [{ key, value, updatedAt: getStorageEnvironment().now() }]);
      return {};
    },
    { savesUserData: true },
  );
}

/**
 * The stored value, unchecked: it may have been written by an older version of the form, so
 * callers that can't trust its shape should validate it (useDraft takes a `restore` for this).
 * Never rejects: an unreadable draft (or one sealed while FairPA is locked) reads as no draft.
 */
export async function loadDraft<T>(key: string): Promise<T | undefined> {
  try {
    const db = await storageDatabase();
    const stored = await db?.drafts.get(key);
    if (!stored) return undefined;
    const row = await readRow<Draft, 'drafts'>('drafts', stored);
    return row.value as T | undefined;
  } catch {
    return undefined;
  }
}

export function clearDraft(key: string): Promise<WriteResult> {
  return runWrite(
    async (db) => {
      await db.drafts.delete(key);
      return {};
    },
    { savesUserData: false },
  );
}
