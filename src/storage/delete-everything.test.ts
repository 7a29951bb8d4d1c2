// @vitest-environment jsdom
import { act, cleanup, renderHook, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { setChecklistAnswer } from './checklist-answers';
import { createChecklistRun } from './checklist-runs';
import { deleteEverything } from './delete-everything';
import { saveDraft } from './drafts';
import { savePreferences, usePreferences } from './preferences';
import { saveResult } from './saved-results';
import { openedDatabase } from './storage-health';
import { freshStorage, resetStorage } from './testing/fresh-storage';

// Unmount before closing storage, so no live query outlives its test.
afterEach(async () => {
  cleanup();
  await resetStorage();
});

describe('deleteEverything', () => {
  it('empties every table and the app goes back to first run', async () => {
    freshStorage();
    await savePreferences({ locale: 'en-GB', nation: 'scotland', role: 'rep' });
    const run = await createChecklistRun({ checklistId: 'home-visit', label: 'Visit' });
    if (!run.ok) throw new Error('no run');
    await setChecklistAnswer(run.id, 'contract', { note: 'member’s private note' });
    await saveDraft('tool:minimum-wage', { hours: '10' });
    await saveResult({ tool: 'minimum-wage', label: 'x', input: 1, result: 2 });

    const { result } = renderHook(() => usePreferences());
    await waitFor(() => expect(result.current).toMatchObject({ status: 'ready', preferences: { role: 'rep' } }));

    expect(await act(() => deleteEverything())).toEqual({ ok: true });
    const db = openedDatabase();
    if (!db) throw new Error('no db');
    for (const table of db.tables) expect(await table.count(), table.name).toBe(0);
    await waitFor(() => expect(result.current).toEqual({ status: 'ready', preferences: null }));
  });

  it('keeps storage usable afterwards', async () => {
    freshStorage();
    await deleteEverything();
    expect(await saveDraft('k', 1)).toEqual({ ok: true });
  });
});
