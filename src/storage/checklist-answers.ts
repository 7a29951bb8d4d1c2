import type { ChecklistAnswer, ChecklistAnswerValue } from './records';
import { RecordNotFoundError } from './storage-errors';
import { getStorageEnvironment } from './storage-environment';
import { useStorageQuery } from './use-storage-query';
import { runWrite, type WriteResult } from './write-result';

const UNANSWERED: ChecklistAnswerValue = { done: false, note: '' };

/**
 * Changes only the fields given, so ticking an item never wipes its note. Touches the run's
 * updatedAt in the same transaction, so "recently worked on" ordering can't disagree with the answers.
 */
export function setChecklistAnswer(
  runId: string,
  itemId: string,
  change: Partial<ChecklistAnswerValue>,
): Promise<WriteResult> {
  return runWrite(
    (db) =>
      db.transaction('rw', db.checklistRuns, db.checklistAnswers, async () => {
        const now = getStorageEnvironment().now();
        // Answers for a deleted run would be orphans that "delete" promised were gone.
        const touched = await db.checklistRuns.update(runId, { updatedAt: now });
        if (touched === 0) throw new RecordNotFoundError(`No checklist run ${runId}`);
        const existing = await db.checklistAnswers.get([runId, itemId]);
        const answer: ChecklistAnswer = {
          runId,
          itemId,
          done: change.done ?? existing?.done ?? UNANSWERED.done,
          note: change.note ?? existing?.note ?? UNANSWERED.note,
          updatedAt: now,
        };
        await db.checklistAnswers.put(answer);
        return {};
      }),
    { savesUserData: true },
  );
}

export type ChecklistAnswersState =
  | { status: 'loading' }
  | { status: 'ready'; answers: Record<string, ChecklistAnswerValue> };

/** Answers by item id; an item with no entry has not been touched (treat as not done, no note). */
export function useChecklistAnswers(runId: string): ChecklistAnswersState {
  const loaded = useStorageQuery(
    async (db) => {
      const rows = await db.checklistAnswers.where('runId').equals(runId).toArray();
      const answers: Record<string, ChecklistAnswerValue> = {};
      for (const { itemId, done, note } of rows) answers[itemId] = { done, note };
      return answers;
    },
    [runId],
    {},
  );
  return loaded.status === 'ready' ? { status: 'ready', answers: loaded.value } : loaded;
}
