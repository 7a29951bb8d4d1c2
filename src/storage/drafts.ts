import { storageDatabase } from './storage-health';
import { getStorageEnvironment } from './storage-environment';
import { runWrite, type WriteResult } from './write-result';

/** value must survive structured cloning (plain data); functions and class instances do not. */
export function saveDraft(key: string, value: unknown): Promise<WriteResult> {
  return runWrite(
    async (db) => {
      await db.drafts.put({ key, value, updatedAt: getStorageEnvironment().now() });
      return {};
    },
    { savesUserData: true },
  );
}

/**
 * The stored value, unchecked: it may have been written by an older version of the form, so
 * callers that can't trust its shape should validate it (useDraft takes a `restore` for this).
 * Never rejects: an unreadable draft reads as no draft.
 */
export async function loadDraft<T>(key: string): Promise<T | undefined> {
  try {
    const db = await storageDatabase();
    const row = await db?.drafts.get(key);
    return row?.value as T | undefined;
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
