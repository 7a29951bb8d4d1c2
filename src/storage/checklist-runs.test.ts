// @vitest-environment jsdom
import { act, cleanup, renderHook, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { setChecklistAnswer } from './checklist-answers';
import {
  createChecklistRun,
  deleteChecklistRun,
  renameChecklistRun,
  useChecklistRun,
  useChecklistRuns,
} from './checklist-runs';
import { openedDatabase } from './storage-health';
import { freshStorage, resetStorage } from './testing/fresh-storage';

// Unmount before closing storage, so no live query outlives its test.
afterEach(async () => {
  cleanup();
  await resetStorage();
});

async function newRun(checklistId: string, label: string): Promise<string> {
  const created = await createChecklistRun({ checklistId, label });
  if (!created.ok) throw new Error(`could not create run: ${created.reason}`);
  return created.id;
}

describe('checklist runs', () => {
  it('are created with a new id, a trimmed label and both timestamps', async () => {
    const { clock } = freshStorage();
    expect(await createChecklistRun({ checklistId: 'before-your-pa-starts', label: '  For Sam ' })).toEqual({
      ok: true,
      id: 'id-001',
    });
    expect(await openedDatabase()?.checklistRuns.get('id-001')).toEqual({
      id: 'id-001',
      checklistId: 'before-your-pa-starts',
      label: 'For Sam',
      createdAt: clock.now(),
      updatedAt: clock.now(),
    });
  });

  it('can be renamed, which counts as working on them', async () => {
    const { clock } = freshStorage();
    const id = await newRun('home-visit', 'Visit');
    const created = clock.now();
    clock.advanceSeconds(60);
    expect(await renameChecklistRun(id, ' Visit to Ali ')).toEqual({ ok: true });
    expect(await openedDatabase()?.checklistRuns.get(id)).toMatchObject({
      label: 'Visit to Ali',
      createdAt: created,
      updatedAt: clock.now(),
    });
  });

  it('cannot be renamed once deleted', async () => {
    freshStorage();
    expect(await renameChecklistRun('gone', 'x')).toMatchObject({ ok: false, reason: 'not-found' });
  });

  it('take all their answers with them when deleted, and leave other runs alone', async () => {
    freshStorage();
    const visit = await newRun('home-visit', 'Visit');
    const other = await newRun('home-visit', 'Other visit');
    await setChecklistAnswer(visit, 'contract', { done: true, note: 'private note' });
    await setChecklistAnswer(visit, 'payslips', { done: false });
    await setChecklistAnswer(other, 'contract', { done: true });

    expect(await deleteChecklistRun(visit)).toEqual({ ok: true });
    const db = openedDatabase();
    expect(await db?.checklistRuns.get(visit)).toBeUndefined();
    expect(await db?.checklistAnswers.where('runId').equals(visit).count()).toBe(0);
    expect(await db?.checklistAnswers.where('runId').equals(other).count()).toBe(1);
  });

  it('delete answers and run together or not at all', async () => {
    freshStorage();
    const visit = await newRun('home-visit', 'Visit');
    await setChecklistAnswer(visit, 'contract', { done: true });
    const db = openedDatabase();
    if (!db) throw new Error('no db');
    // Make the second half of the delete fail: the answers must come back.
    db.checklistRuns.hook('deleting', () => {
      throw new Error('interrupted');
    });
    expect(await deleteChecklistRun(visit)).toMatchObject({ ok: false, reason: 'error' });
    expect(await db.checklistAnswers.where('runId').equals(visit).count()).toBe(1);
  });
});

describe('useChecklistRuns', () => {
  it('lists runs newest first and follows changes', async () => {
    const { clock } = freshStorage();
    const first = await newRun('before-your-pa-starts', 'First');
    clock.advanceSeconds(1);
    const second = await newRun('home-visit', 'Second');
    clock.advanceSeconds(1);
    const third = await newRun('before-your-pa-starts', 'Third');

    const { result } = renderHook(() => useChecklistRuns());
    expect(result.current).toEqual({ status: 'loading' });
    await waitFor(() => expect(result.current.status).toBe('ready'));
    const ids = () => (result.current.status === 'ready' ? result.current.runs.map((run) => run.id) : []);
    expect(ids()).toEqual([third, second, first]);

    clock.advanceSeconds(1);
    await act(() => setChecklistAnswer(first, 'insurance', { done: true }));
    await waitFor(() => expect(ids()).toEqual([first, third, second]));
  });

  it('lists only one checklist’s runs when asked', async () => {
    freshStorage();
    const mine = await newRun('home-visit', 'Mine');
    await newRun('before-your-pa-starts', 'Not mine');
    const { result } = renderHook(() => useChecklistRuns('home-visit'));
    await waitFor(() => expect(result.current).toMatchObject({ status: 'ready', runs: [{ id: mine }] }));
  });

  it('orders runs touched in the same instant the same way every time', async () => {
    freshStorage();
    const a = await newRun('c', 'A');
    const b = await newRun('c', 'B');
    const c = await newRun('c', 'C');
    const { result } = renderHook(() => useChecklistRuns('c'));
    await waitFor(() => expect(result.current.status).toBe('ready'));
    expect(result.current.status === 'ready' && result.current.runs.map((run) => run.id)).toEqual([c, b, a]);
  });
});

describe('useChecklistRun', () => {
  it('gives the run, or null when there is no such run', async () => {
    freshStorage();
    const id = await newRun('home-visit', 'Visit');
    const { result, rerender } = renderHook(({ runId }) => useChecklistRun(runId), { initialProps: { runId: id } });
    await waitFor(() => expect(result.current).toMatchObject({ status: 'ready', run: { id, label: 'Visit' } }));

    rerender({ runId: 'missing' });
    // Never the previous run under the new id: loading until the new answer is in.
    expect(result.current).toEqual({ status: 'loading' });
    await waitFor(() => expect(result.current).toEqual({ status: 'ready', run: null }));
  });

  it('turns to null when the run is deleted elsewhere', async () => {
    freshStorage();
    const id = await newRun('home-visit', 'Visit');
    const { result } = renderHook(() => useChecklistRun(id));
    await waitFor(() => expect(result.current.status).toBe('ready'));
    await act(() => deleteChecklistRun(id));
    await waitFor(() => expect(result.current).toEqual({ status: 'ready', run: null }));
  });
});
