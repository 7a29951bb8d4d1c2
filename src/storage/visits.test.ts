// @vitest-environment jsdom
import { act, cleanup, renderHook, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { setChecklistAnswer } from './checklist-answers';
import { createChecklistRun } from './checklist-runs';
import { saveDraft } from './drafts';
import { saveResult } from './saved-results';
import { openedDatabase } from './storage-health';
import { freshStorage, resetStorage } from './testing/fresh-storage';
import {
  createFollowUp,
  createVisit,
  deleteFollowUp,
  deleteVisit,
  updateFollowUp,
  updateVisit,
  useVisit,
  useVisits,
  visitDraftKey,
  type VisitInput,
} from './visits';

afterEach(async () => {
  cleanup();
  await resetStorage();
});

const input = (change: Partial<VisitInput> = {}): VisitInput => ({
  date: '2026-03-10',
  place: ' Tuesday visit ',
  seen: ' A. ',
  findings: ' Travel not paid ',
  checklistRunIds: [],
  savedResultIds: [],
  ...change,
});

async function ok<T extends { ok: boolean }>(promise: Promise<T>): Promise<Extract<T, { ok: true }>> {
  const result = await promise;
  if (!result.ok) throw new Error(`write failed: ${JSON.stringify(result)}`);
  return result as Extract<T, { ok: true }>;
}

describe('visits', () => {
  it('are stored with trimmed text, their attachments once each, and both timestamps', async () => {
    const { clock } = freshStorage();
    const { id } = await ok(createVisit(input({ checklistRunIds: ['r1', 'r1'], savedResultIds: ['s1'] })));
    expect(await openedDatabase()?.visits.get(id)).toEqual({
      id,
      date: '2026-03-10',
      place: 'Tuesday visit',
      seen: 'A.',
      findings: 'Travel not paid',
      checklistRunIds: ['r1'],
      savedResultIds: ['s1'],
      createdAt: clock.now(),
      updatedAt: clock.now(),
    });
  });

  it('can be changed, and not once deleted', async () => {
    const { clock } = freshStorage();
    const { id } = await ok(createVisit(input()));
    clock.advanceSeconds(5);
    expect(await updateVisit(id, input({ findings: 'Paid late' }))).toEqual({ ok: true });
    expect(await openedDatabase()?.visits.get(id)).toMatchObject({ findings: 'Paid late', updatedAt: clock.now() });
    await deleteVisit(id);
    expect(await updateVisit(id, input())).toMatchObject({ ok: false, reason: 'not-found' });
  });

  it('take every related record with them when deleted, and leave other visits’ records alone', async () => {
    freshStorage();
    const run = await ok(createChecklistRun({ checklistId: 'home-visit', label: 'Visit to A.' }));
    const shared = await ok(createChecklistRun({ checklistId: 'home-visit', label: 'Shared' }));
    await setChecklistAnswer(run.id, 'contract', { done: true, note: 'No contract' });
    const result = await ok(saveResult({ tool: 'minimum-wage', label: 'March', input: {}, result: {} }));
    const { id } = await ok(createVisit(input({ checklistRunIds: [run.id, shared.id, 'deleted-run'], savedResultIds: [result.id] })));
    const other = await ok(createVisit(input({ checklistRunIds: [shared.id] })));
    await ok(createFollowUp(id, { action: 'Send leaflet', dueDate: '2026-03-17' }));
    await ok(createFollowUp(id, { action: 'Call back', dueDate: '' }));
    const kept = await ok(createFollowUp(other.id, { action: 'Other visit', dueDate: '' }));
    await saveDraft(visitDraftKey(id, 'edit'), { findings: 'half typed' });
    await saveDraft(visitDraftKey(other.id, 'edit'), { findings: 'other' });

    expect(await deleteVisit(id)).toEqual({ ok: true, followUps: 2, checklistRuns: 1, savedResults: 1 });
    const db = openedDatabase();
    if (!db) throw new Error('no db');
    expect(await db.visits.toCollection().primaryKeys()).toEqual([other.id]);
    expect(await db.followUps.toCollection().primaryKeys()).toEqual([kept.id]);
    expect(await db.checklistRuns.toCollection().primaryKeys()).toEqual([shared.id]);
    expect(await db.checklistAnswers.count()).toBe(0);
    expect(await db.savedResults.count()).toBe(0);
    expect(await db.drafts.toCollection().primaryKeys()).toEqual([visitDraftKey(other.id, 'edit')]);
  });

  it('are deleted with all their records or not at all', async () => {
    freshStorage();
    const { id } = await ok(createVisit(input()));
    await ok(createFollowUp(id, { action: 'Send leaflet', dueDate: '' }));
    const db = openedDatabase();
    if (!db) throw new Error('no db');
    db.visits.hook('deleting', () => {
      throw new Error('interrupted');
    });
    expect(await deleteVisit(id)).toMatchObject({ ok: false, reason: 'error' });
    expect(await db.followUps.count()).toBe(1);
  });
});

describe('follow-up actions', () => {
  it('belong to a visit that exists, and mark it as worked on', async () => {
    const { clock } = freshStorage();
    const { id } = await ok(createVisit(input()));
    clock.advanceSeconds(60);
    const followUp = await ok(createFollowUp(id, { action: ' Send leaflet ', dueDate: '2026-03-17' }));
    const db = openedDatabase();
    expect(await db?.followUps.get(followUp.id)).toMatchObject({ visitId: id, action: 'Send leaflet', done: false });
    expect(await db?.visits.get(id)).toMatchObject({ updatedAt: clock.now() });
    expect(await createFollowUp('no-such-visit', { action: 'x', dueDate: '' })).toMatchObject({ ok: false, reason: 'not-found' });
    expect(await db?.followUps.count()).toBe(1);
  });

  it('can be ticked off, changed and deleted', async () => {
    freshStorage();
    const { id } = await ok(createVisit(input()));
    const followUp = await ok(createFollowUp(id, { action: 'Send leaflet', dueDate: '' }));
    expect(await updateFollowUp(followUp.id, { done: true })).toEqual({ ok: true });
    expect(await updateFollowUp(followUp.id, { dueDate: '2026-04-01' })).toEqual({ ok: true });
    expect(await openedDatabase()?.followUps.get(followUp.id)).toMatchObject({ action: 'Send leaflet', done: true, dueDate: '2026-04-01' });
    expect(await deleteFollowUp(followUp.id)).toEqual({ ok: true });
    expect(await openedDatabase()?.followUps.count()).toBe(0);
  });
});

describe('useVisits', () => {
  it('lists the newest visits first, a page at a time, with how many actions are still open', async () => {
    freshStorage();
    const march = await ok(createVisit(input({ date: '2026-03-10', place: 'March' })));
    await ok(createVisit(input({ date: '2026-01-10', place: 'January' })));
    await ok(createVisit(input({ date: '2026-02-10', place: 'February' })));
    await ok(createFollowUp(march.id, { action: 'a', dueDate: '' }));
    const done = await ok(createFollowUp(march.id, { action: 'b', dueDate: '' }));
    await updateFollowUp(done.id, { done: true });

    const { result, rerender } = renderHook(({ limit }) => useVisits(limit), { initialProps: { limit: 2 } });
    await waitFor(() => expect(result.current.status).toBe('ready'));
    if (result.current.status !== 'ready') throw new Error('not ready');
    expect(result.current.value.total).toBe(3);
    expect(result.current.value.visits.map(({ visit, openFollowUps }) => [visit.place, openFollowUps])).toEqual([
      ['March', 1],
      ['February', 0],
    ]);
    rerender({ limit: 10 });
    await waitFor(() => expect(result.current.status === 'ready' && result.current.value.visits).toHaveLength(3));
  });
});

describe('useVisit', () => {
  it('gives the visit with its actions, due first and done last, and null once deleted', async () => {
    freshStorage();
    const { id } = await ok(createVisit(input()));
    const undated = await ok(createFollowUp(id, { action: 'undated', dueDate: '' }));
    const late = await ok(createFollowUp(id, { action: 'late', dueDate: '2026-05-01' }));
    const soon = await ok(createFollowUp(id, { action: 'soon', dueDate: '2026-03-12' }));
    const finished = await ok(createFollowUp(id, { action: 'finished', dueDate: '2026-03-11' }));
    await updateFollowUp(finished.id, { done: true });

    const { result } = renderHook(() => useVisit(id));
    await waitFor(() => expect(result.current.status).toBe('ready'));
    const ids = () => (result.current.status === 'ready' ? result.current.value?.followUps.map((f) => f.id) : undefined);
    expect(ids()).toEqual([soon.id, late.id, undated.id, finished.id]);
    await act(() => deleteVisit(id));
    await waitFor(() => expect(result.current).toEqual({ status: 'ready', value: null }));
  });
});
