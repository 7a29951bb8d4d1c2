// @vitest-environment jsdom
import { act, cleanup, renderHook, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { setChecklistAnswer, useChecklistAnswers } from './checklist-answers';
import { createChecklistRun } from './checklist-runs';
import { openedDatabase } from './storage-health';
import { freshStorage, resetStorage } from './testing/fresh-storage';

// Unmount before closing storage, so no live query outlives its test.
afterEach(async () => {
  cleanup();
  await resetStorage();
});

async function newRun(): Promise<string> {
  const created = await createChecklistRun({ checklistId: 'home-visit', label: 'Visit' });
  if (!created.ok) throw new Error('could not create run');
  return created.id;
}

describe('setChecklistAnswer', () => {
  it('starts an item as not done with no note and changes only what is given', async () => {
    freshStorage();
    const run = await newRun();
    expect(await setChecklistAnswer(run, 'insurance', { note: 'Ask broker' })).toEqual({ ok: true });
    expect(await openedDatabase()?.checklistAnswers.get([run, 'insurance'])).toMatchObject({ done: false, note: 'Ask broker' });

    await setChecklistAnswer(run, 'insurance', { done: true });
    expect(await openedDatabase()?.checklistAnswers.get([run, 'insurance'])).toMatchObject({ done: true, note: 'Ask broker' });

    await setChecklistAnswer(run, 'insurance', { note: '' });
    expect(await openedDatabase()?.checklistAnswers.get([run, 'insurance'])).toMatchObject({ done: true, note: '' });
  });

  it('marks the run as just worked on, in the same step', async () => {
    const { clock } = freshStorage();
    const run = await newRun();
    clock.advanceSeconds(90);
    await setChecklistAnswer(run, 'insurance', { done: true });
    const db = openedDatabase();
    expect((await db?.checklistRuns.get(run))?.updatedAt).toBe(clock.now());
    expect((await db?.checklistAnswers.get([run, 'insurance']))?.updatedAt).toBe(clock.now());
  });

  it('refuses to answer for a run that no longer exists, leaving no stray answer', async () => {
    freshStorage();
    expect(await setChecklistAnswer('deleted-run', 'insurance', { done: true })).toMatchObject({
      ok: false,
      reason: 'not-found',
    });
    expect(await openedDatabase()?.checklistAnswers.count()).toBe(0);
  });
});

describe('useChecklistAnswers', () => {
  it('gives answers by item id and follows changes', async () => {
    freshStorage();
    const run = await newRun();
    await setChecklistAnswer(run, 'insurance', { done: true, note: 'Policy 42' });
    const { result } = renderHook(() => useChecklistAnswers(run));
    expect(result.current).toEqual({ status: 'loading' });
    await waitFor(() =>
      expect(result.current).toEqual({ status: 'ready', answers: { insurance: { done: true, note: 'Policy 42' } } }),
    );

    await act(() => setChecklistAnswer(run, 'dbs-check', { done: true }));
    await waitFor(() =>
      expect(result.current).toEqual({
        status: 'ready',
        answers: { insurance: { done: true, note: 'Policy 42' }, 'dbs-check': { done: true, note: '' } },
      }),
    );
  });

  it('never shows one run’s answers under another run', async () => {
    freshStorage();
    const first = await newRun();
    const second = await newRun();
    await setChecklistAnswer(first, 'insurance', { done: true });
    const { result, rerender } = renderHook(({ runId }) => useChecklistAnswers(runId), { initialProps: { runId: first } });
    await waitFor(() => expect(result.current.status).toBe('ready'));
    rerender({ runId: second });
    expect(result.current).toEqual({ status: 'loading' });
    await waitFor(() => expect(result.current).toEqual({ status: 'ready', answers: {} }));
  });
});
