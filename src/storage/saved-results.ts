import { readRow, readRows } from './crypto/sealing';
import { newestFirst } from './newest-first';
import { putPersonal } from './personal-writes';
import type { SavedResult } from './records';
import { storageDatabase } from './storage-health';
import { getStorageEnvironment } from './storage-environment';
import { useStorageQuery } from './use-storage-query';
import { runWrite, type WriteResult } from './write-result';

export interface NewSavedResult {
  tool: string;
  label: string;
  input: unknown;
  result: unknown;
}

export function saveResult({ tool, label, input, result }: NewSavedResult): Promise<WriteResult<{ id: string }>> {
  return runWrite(
    async (db) => {
      const env = getStorageEnvironment();
      const saved: SavedResult = { id: env.newId(), tool, label: label.trim(), createdAt: env.now(), input, result };
      await putPersonal(db, 'savedResults', [saved], { mode: 'add' });
      return { id: saved.id };
    },
    { savesUserData: true },
  );
}

export function deleteSavedResult(id: string): Promise<WriteResult> {
  return runWrite(
    async (db) => {
      await db.savedResults.delete(id);
      return {};
    },
    { savesUserData: false },
  );
}

/** Never rejects: a result that cannot be read (or is sealed while FairPA is locked) is treated as not there. */
export async function getSavedResult(id: string): Promise<SavedResult | undefined> {
  try {
    const db = await storageDatabase();
    const stored = await db?.savedResults.get(id);
    return stored ? await readRow<SavedResult, 'savedResults'>('savedResults', stored) : undefined;
  } catch {
    return undefined;
  }
}

const bySaveTime = newestFirst('createdAt');

export type SavedResultsState = { status: 'loading' } | { status: 'ready'; results: SavedResult[] };

/** All saved results, or one tool's, newest first. */
export function useSavedResults(tool?: string): SavedResultsState {
  const loaded = useStorageQuery(
    async (db) => {
      const stored =
        tool === undefined
          ? await db.savedResults.toArray()
          : await db.savedResults.where('tool').equals(tool).toArray();
      const results = await readRows<SavedResult, 'savedResults'>('savedResults', stored);
      return results.sort(bySaveTime);
    },
    [tool],
    [],
  );
  return loaded.status === 'ready' ? { status: 'ready', results: loaded.value } : loaded;
}
