import { readRow, readRows } from './crypto/sealing';
import type { FairPaDb } from './db';
import { putPersonal, updatePersonal } from './personal-writes';
import type { FollowUp, Visit } from './records';
import { RecordNotFoundError } from './storage-errors';
import { getStorageEnvironment } from './storage-environment';
import { usePersonalQuery, type LockableLoadable } from './use-storage-query';
import { runWrite, type WriteResult } from './write-result';

export type VisitInput = Pick<Visit, 'date' | 'place' | 'seen' | 'findings' | 'checklistRunIds' | 'savedResultIds'>;

export type FollowUpInput = Pick<FollowUp, 'action' | 'dueDate'>;

function cleanVisit(input: VisitInput): VisitInput {
  return {
    date: input.date,
    place: input.place.trim(),
    seen: input.seen.trim(),
    findings: input.findings.trim(),
    checklistRunIds: [...new Set(input.checklistRunIds)],
    savedResultIds: [...new Set(input.savedResultIds)],
  };
}

/**
 * Drafts of a visit's forms are keyed `visit:<id>…` (e.g. `visit:<id>:edit`), so deleting the
 * visit can find and delete them too.
 */
export function visitDraftKey(visitId: string, form: string): string {
  return `visit:${visitId}:${form}`;
}

export function createVisit(input: VisitInput): Promise<WriteResult<{ id: string }>> {
  return runWrite(
    async (db) => {
      const env = getStorageEnvironment();
      const now = env.now();
      const visit: Visit = { id: env.newId(), ...cleanVisit(input), createdAt: now, updatedAt: now };
      await putPersonal(db, 'visits', [visit], { mode: 'add' });
      return { id: visit.id };
    },
    { savesUserData: true },
  );
}

export function updateVisit(id: string, input: VisitInput): Promise<WriteResult> {
  return runWrite(
    async (db) => {
      const now = getStorageEnvironment().now();
      await updatePersonal<Visit, 'visits'>(db, 'visits', id, (visit) => ({ ...visit, ...cleanVisit(input), updatedAt: now }));
      return {};
    },
    { savesUserData: true },
  );
}

export interface VisitDeletion {
  followUps: number;
  checklistRuns: number;
  savedResults: number;
}

/**
 * Removes the visit and everything that belongs to it in one transaction: its follow-up actions,
 * the checklist copies (with their ticks and notes) and saved results attached to it — unless
 * another visit uses them too — and any unsaved drafts of its forms. A rep leaves nothing behind.
 */
export function deleteVisit(id: string): Promise<WriteResult<VisitDeletion>> {
  return runWrite(
    (db) =>
      db.transaction(
        'rw',
        [db.visits, db.followUps, db.checklistRuns, db.checklistAnswers, db.savedResults, db.drafts],
        async () => {
          const visit = await db.visits.get(id);
          if (!visit) throw new RecordNotFoundError(`No visit ${id}`);
          const others = (await db.visits.toArray()).filter((other) => other.id !== id);
          const usedElsewhere = new Set(others.flatMap((other) => [...other.checklistRunIds, ...other.savedResultIds]));
          const runIds = visit.checklistRunIds.filter((runId) => !usedElsewhere.has(runId));
          const resultIds = visit.savedResultIds.filter((resultId) => !usedElsewhere.has(resultId));

          const followUps = await db.followUps.where('visitId').equals(id).delete();
          const existingRuns = (await db.checklistRuns.bulkGet(runIds)).filter((run) => run !== undefined).length;
          await db.checklistAnswers.where('runId').anyOf(runIds).delete();
          await db.checklistRuns.bulkDelete(runIds);
          const existingResults = (await db.savedResults.bulkGet(resultIds)).filter((result) => result !== undefined).length;
          await db.savedResults.bulkDelete(resultIds);
          await db.drafts.where('key').startsWith(`visit:${id}:`).delete();
          await db.visits.delete(id);
          return { followUps, checklistRuns: existingRuns, savedResults: existingResults };
        },
      ),
    { savesUserData: false },
  );
}

/** Adds an action to a visit; refused if the visit has gone, so no follow-up is ever orphaned. */
export function createFollowUp(visitId: string, input: FollowUpInput): Promise<WriteResult<{ id: string }>> {
  return runWrite(
    async (db) => {
      const env = getStorageEnvironment();
      const now = env.now();
      const followUp: FollowUp = {
        id: env.newId(),
        visitId,
        action: input.action.trim(),
        dueDate: input.dueDate,
        done: false,
        createdAt: now,
        updatedAt: now,
      };
      await putPersonal(db, 'followUps', [followUp], {
        mode: 'add',
        tables: ['visits'],
        inTransaction: async () => {
          const touched = await db.visits.update(visitId, { updatedAt: now });
          if (touched === 0) throw new RecordNotFoundError(`No visit ${visitId}`);
        },
      });
      return { id: followUp.id };
    },
    { savesUserData: true },
  );
}

export function updateFollowUp(id: string, change: Partial<FollowUpInput & { done: boolean }>): Promise<WriteResult> {
  return runWrite(
    async (db) => {
      const now = getStorageEnvironment().now();
      await updatePersonal<FollowUp, 'followUps'>(db, 'followUps', id, (followUp) => ({
        ...followUp,
        ...(change.action === undefined ? {} : { action: change.action.trim() }),
        ...(change.dueDate === undefined ? {} : { dueDate: change.dueDate }),
        ...(change.done === undefined ? {} : { done: change.done }),
        updatedAt: now,
      }));
      return {};
    },
    { savesUserData: true },
  );
}

export function deleteFollowUp(id: string): Promise<WriteResult> {
  return runWrite(
    async (db) => {
      await db.followUps.delete(id);
      return {};
    },
    { savesUserData: false },
  );
}

export interface VisitListItem {
  visit: Visit;
  openFollowUps: number;
}

export interface VisitList {
  visits: VisitListItem[];
  /** All visits stored, of which `visits` are the newest `limit`. */
  total: number;
}

export type VisitsState = LockableLoadable<VisitList>;

/** The newest visits first (by visit date), a page at a time so thousands of visits open quickly. */
export function useVisits(limit: number): VisitsState {
  return usePersonalQuery(
    async (db) => {
      const [stored, total] = await Promise.all([db.visits.orderBy('date').reverse().limit(limit).toArray(), db.visits.count()]);
      const ids = stored.map((visit) => visit.id);
      const followUps = ids.length === 0 ? [] : await db.followUps.where('visitId').anyOf(ids).toArray();
      const open = new Map<string, number>();
      for (const followUp of followUps) if (!followUp.done) open.set(followUp.visitId, (open.get(followUp.visitId) ?? 0) + 1);
      const visits = await readRows<Visit, 'visits'>('visits', stored);
      return { visits: visits.map((visit) => ({ visit, openFollowUps: open.get(visit.id) ?? 0 })), total };
    },
    [limit],
    { visits: [], total: 0 },
  );
}

/** Due first (by date, undated last), done ones after the rest. */
export function byDueDate(a: FollowUp, b: FollowUp): number {
  if (a.done !== b.done) return a.done ? 1 : -1;
  const due = (followUp: FollowUp) => followUp.dueDate || '9999-12-31';
  return due(a).localeCompare(due(b)) || a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id);
}

export interface VisitDetail {
  visit: Visit;
  followUps: FollowUp[];
}

async function loadVisit(db: FairPaDb, id: string): Promise<VisitDetail | null> {
  const [stored, storedFollowUps] = await Promise.all([db.visits.get(id), db.followUps.where('visitId').equals(id).toArray()]);
  if (!stored) return null;
  const visit = await readRow<Visit, 'visits'>('visits', stored);
  const followUps = await readRows<FollowUp, 'followUps'>('followUps', storedFollowUps);
  return { visit, followUps: followUps.sort(byDueDate) };
}

/** One visit with its follow-up actions; null when there is no such visit (or it was deleted). */
export function useVisit(id: string): LockableLoadable<VisitDetail | null> {
  return usePersonalQuery((db) => loadVisit(db, id), [id], null);
}
