import { readRow, readRows } from './crypto/sealing';
import { newestFirst } from './newest-first';
import { putPersonal, updatePersonal } from './personal-writes';
import type { ChecklistRun } from './records';
import { getStorageEnvironment } from './storage-environment';
import { useStorageQuery } from './use-storage-query';
import { runWrite, type WriteResult } from './write-result';

export interface NewChecklistRun {
  checklistId: string;
  label: string;
}

export function createChecklistRun({ checklistId, label }: NewChecklistRun): Promise<WriteResult<{ id: string }>> {
  return runWrite(
    async (db) => {
      const env = getStorageEnvironment();
      const now = env.now();
      const run: ChecklistRun = { id: env.newId(), checklistId, label: label.trim(), createdAt: now, updatedAt: now };
      await putPersonal(db, 'checklistRuns', [run], { mode: 'add' });
      return { id: run.id };
    },
    { savesUserData: true },
  );
}

export function renameChecklistRun(id: string, label: string): Promise<WriteResult> {
  return runWrite(
    async (db) => {
      const now = getStorageEnvironment().now();
      await updatePersonal<ChecklistRun, 'checklistRuns'>(db, 'checklistRuns', id, (run) => ({
        ...run,
        label: label.trim(),
        updatedAt: now,
      }));
      return {};
    },
    { savesUserData: true },
  );
}

/** Removes the run and all its answers together, so no orphaned answers (or private notes) stay behind. */
export function deleteChecklistRun(id: string): Promise<WriteResult> {
  return runWrite(
    (db) =>
      db.transaction('rw', db.checklistRuns, db.checklistAnswers, async () => {
        await db.checklistAnswers.where('runId').equals(id).delete();
        await db.checklistRuns.delete(id);
        return {};
      }),
    { savesUserData: false },
  );
}

/** Most recently worked on first. */
const byLastWorkedOn = newestFirst('updatedAt');

export type ChecklistRunsState = { status: 'loading' } | { status: 'ready'; runs: ChecklistRun[] };

/** All runs, or only those of one checklist, newest first. */
export function useChecklistRuns(checklistId?: string): ChecklistRunsState {
  const loaded = useStorageQuery(
    async (db) => {
      const stored =
        checklistId === undefined
          ? await db.checklistRuns.toArray()
          : await db.checklistRuns.where('checklistId').equals(checklistId).toArray();
      const runs = await readRows<ChecklistRun, 'checklistRuns'>('checklistRuns', stored);
      return runs.sort(byLastWorkedOn);
    },
    [checklistId],
    [],
  );
  return loaded.status === 'ready' ? { status: 'ready', runs: loaded.value } : loaded;
}

export type ChecklistRunState = { status: 'loading' } | { status: 'ready'; run: ChecklistRun | null };

/** run is null when no such run exists (never created, or deleted, perhaps in another tab). */
export function useChecklistRun(id: string): ChecklistRunState {
  const loaded = useStorageQuery(
    async (db) => {
      const stored = await db.checklistRuns.get(id);
      return stored ? readRow<ChecklistRun, 'checklistRuns'>('checklistRuns', stored) : null;
    },
    [id],
    null,
  );
  return loaded.status === 'ready' ? { status: 'ready', run: loaded.value } : loaded;
}
