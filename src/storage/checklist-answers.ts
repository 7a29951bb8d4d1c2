import { assertLockUnchanged, readRow, readRows, sealFor, writeContext } from './crypto/sealing';
import type { ChecklistAnswer, ChecklistAnswerValue } from './records';
import { RecordNotFoundError } from './storage-errors';
import { getStorageEnvironment } from './storage-environment';
import { useStorageQuery } from './use-storage-query';
import { runWrite, type WriteResult } from './write-result';

const UNANSWERED: ChecklistAnswerValue = { done: false, note: '' };
const ATTEMPTS = 3;

class AnswerChangedMeanwhile extends Error {}

/**
 * Changes only the fields given, so ticking an item never wipes its note. Touches the run's
 * updatedAt in the same transaction, so "recently worked on" ordering can't disagree with the answers.
 * The answer is read and sealed before the transaction (encryption cannot happen inside one) and
 * written only if nobody changed it meanwhile.
 */
export function setChecklistAnswer(
  runId: string,
  itemId: string,
  change: Partial<ChecklistAnswerValue>,
): Promise<WriteResult> {
  return runWrite(
    async (db) => {
      for (let attempt = 1; ; attempt += 1) {
        const context = await writeContext(db);
        const before = await db.checklistAnswers.get([runId, itemId]);
        const existing = before ? await readRow<ChecklistAnswer, 'checklistAnswers'>('checklistAnswers', before) : undefined;
        const now = getStorageEnvironment().now();
        const answer: ChecklistAnswer = {
          runId,
          itemId,
          done: change.done ?? existing?.done ?? UNANSWERED.done,
          note: change.note ?? existing?.note ?? UNANSWERED.note,
          updatedAt: now,
        };
        const stored = await sealFor<ChecklistAnswer, 'checklistAnswers'>(context, 'checklistAnswers', answer);
        try {
          await db.transaction('rw', db.checklistRuns, db.checklistAnswers, db.settings, async () => {
            await assertLockUnchanged(db, context);
            // Answers for a deleted run would be orphans that "delete" promised were gone.
            const touched = await db.checklistRuns.update(runId, { updatedAt: now });
            if (touched === 0) throw new RecordNotFoundError(`No checklist run ${runId}`);
            const current = await db.checklistAnswers.get([runId, itemId]);
            if (current?.updatedAt !== before?.updatedAt) throw new AnswerChangedMeanwhile();
            await db.checklistAnswers.put(stored);
          });
          return {};
        } catch (error) {
          if (!(error instanceof AnswerChangedMeanwhile) || attempt >= ATTEMPTS) throw error;
        }
      }
    },
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
      const stored = await db.checklistAnswers.where('runId').equals(runId).toArray();
      const rows = await readRows<ChecklistAnswer, 'checklistAnswers'>('checklistAnswers', stored);
      const answers: Record<string, ChecklistAnswerValue> = {};
      for (const { itemId, done, note } of rows) answers[itemId] = { done, note };
      return answers;
    },
    [runId],
    {},
  );
  return loaded.status === 'ready' ? { status: 'ready', answers: loaded.value } : loaded;
}
