// @vitest-environment jsdom
import { act, cleanup, renderHook, waitFor } from '@testing-library/react';
import { IDBObjectStore } from 'fake-indexeddb';
import { StrictMode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FairPaDb, type IndexedDbBackend } from './db';
import { loadDraft, saveDraft } from './drafts';
import { freshStorage, gate, memoryBackend, resetStorage } from './testing/fresh-storage';
import { hasDirtyForms, onDirtyFormsChange } from './unsaved-work';
import { DRAFT_SAVE_DELAY_MS, useDraft, type DraftOptions } from './use-draft';

// Unmount before closing storage, so no pending save or live query outlives its test.
afterEach(async () => {
  cleanup();
  vi.restoreAllMocks();
  await resetStorage();
});

const FAST = { delayMs: 20 };
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Counts writes that reach the drafts table, however they got there. */
function countDraftWrites() {
  const put = vi.spyOn(IDBObjectStore.prototype, 'put');
  return () => put.mock.contexts.filter((store) => (store as IDBObjectStore).name === 'drafts').length;
}

async function seedDraft(backend: IndexedDbBackend, key: string, value: unknown): Promise<void> {
  const db = new FairPaDb(backend, { now: () => '2025-01-01T00:00:00.000Z' });
  await db.drafts.put({ key, value, updatedAt: '2025-01-01T00:00:00.000Z' });
  db.close();
}

/** Storage that opens only when the test says so, holding `key: value` already. */
async function slowStorageWith(key: string, value: unknown) {
  const backend = memoryBackend();
  await seedDraft(backend, key, value);
  const opening = gate();
  freshStorage({ backend: () => undefined, loadMemoryBackend: () => opening.promise.then(() => backend) });
  return opening;
}

function renderDraft<T>(key: string, initial: T, options: DraftOptions<T> = FAST) {
  return renderHook(({ draftKey }) => useDraft(draftKey, initial, options), { initialProps: { draftKey: key } });
}

describe('useDraft loading', () => {
  it('shows the stored draft once loaded and writes nothing just for opening', async () => {
    const { device } = freshStorage();
    await seedDraft(device, 'tool:wage', { hours: '31' });
    const writes = countDraftWrites();
    const { result } = renderDraft('tool:wage', { hours: '' });
    expect(result.current[0]).toEqual({ hours: '' });
    expect(result.current[2]).toMatchObject({ loaded: false, saveState: 'idle' });

    await waitFor(() => expect(result.current[2].loaded).toBe(true));
    expect(result.current[0]).toEqual({ hours: '31' });
    await pause(60);
    expect(writes()).toBe(0);
  });

  it('starts from the initial value when there is no draft', async () => {
    freshStorage();
    const { result } = renderDraft('tool:new', 'start');
    await waitFor(() => expect(result.current[2].loaded).toBe(true));
    expect(result.current[0]).toBe('start');
  });

  it('never overwrites a stored draft with the initial value while loading is slow', async () => {
    const opening = await slowStorageWith('tool:wage', 'typed yesterday');
    const { result } = renderDraft('tool:wage', '');
    await pause(60);
    window.dispatchEvent(new Event('pagehide'));
    expect(result.current[2].loaded).toBe(false);

    opening.open();
    await waitFor(() => expect(result.current[0]).toBe('typed yesterday'));
    await pause(60);
    expect(await loadDraft('tool:wage')).toBe('typed yesterday');
    expect(result.current[2].saveState).toBe('idle');
  });

  it('keeps what was typed before loading finished, and saves it once loaded', async () => {
    const opening = await slowStorageWith('tool:wage', 'old');
    const { result } = renderDraft('tool:wage', '');
    act(() => result.current[1]('new'));
    expect(hasDirtyForms()).toBe(true);
    await pause(60);

    opening.open();
    await waitFor(() => expect(result.current[2].saveState).toBe('saved'));
    expect(result.current[0]).toBe('new');
    expect(await loadDraft('tool:wage')).toBe('new');
    expect(hasDirtyForms()).toBe(false);
  });

  it('leaves the stored draft alone when the form closes before it has loaded', async () => {
    const opening = await slowStorageWith('tool:wage', 'typed yesterday');
    const { unmount } = renderDraft('tool:wage', '');
    unmount();
    opening.open();
    await pause(60);
    expect(await loadDraft('tool:wage')).toBe('typed yesterday');
    expect(hasDirtyForms()).toBe(false);
  });

  it('loads and saves correctly under StrictMode’s double effects', async () => {
    const { device } = freshStorage();
    await seedDraft(device, 'tool:wage', 'stored');
    const { result } = renderHook(() => useDraft('tool:wage', '', FAST), { wrapper: StrictMode });
    await waitFor(() => expect(result.current[0]).toBe('stored'));
    act(() => result.current[1]('edited'));
    await waitFor(() => expect(result.current[2].saveState).toBe('saved'));
    expect(await loadDraft('tool:wage')).toBe('edited');
    expect(hasDirtyForms()).toBe(false);
  });

  it('repairs or ignores a stored value with `restore`', async () => {
    const { device } = freshStorage();
    await seedDraft(device, 'good', { hours: 7 });
    await seedDraft(device, 'bad', 'not an object');
    const restore = (stored: unknown) =>
      typeof stored === 'object' && stored !== null ? { hours: String((stored as { hours: unknown }).hours) } : undefined;

    const good = renderDraft('good', { hours: '' }, { ...FAST, restore });
    const bad = renderDraft('bad', { hours: '' }, { ...FAST, restore });
    await waitFor(() => expect(good.result.current[2].loaded && bad.result.current[2].loaded).toBe(true));
    expect(good.result.current[0]).toEqual({ hours: '7' });
    expect(bad.result.current[0]).toEqual({ hours: '' });
  });
});

describe('useDraft saving', () => {
  it('saves once after a burst of typing stops, and then the form is clean', async () => {
    freshStorage();
    const { result } = renderDraft('tool:wage', '');
    await waitFor(() => expect(result.current[2].loaded).toBe(true));
    const writes = countDraftWrites();

    act(() => {
      result.current[1]('3');
      result.current[1]('31');
    });
    act(() => result.current[1]((previous) => `${previous}.5`));
    expect(result.current[0]).toBe('31.5');
    expect(hasDirtyForms()).toBe(true);

    await waitFor(() => expect(result.current[2].saveState).toBe('saved'));
    expect(writes()).toBe(1);
    expect(await loadDraft('tool:wage')).toBe('31.5');
    expect(hasDirtyForms()).toBe(false);
  });

  it(`waits ${DRAFT_SAVE_DELAY_MS} ms by default`, async () => {
    freshStorage();
    const { result } = renderHook(() => useDraft('tool:wage', ''));
    await waitFor(() => expect(result.current[2].loaded).toBe(true));
    act(() => result.current[1]('typed'));
    await pause(DRAFT_SAVE_DELAY_MS / 2);
    expect(await loadDraft('tool:wage')).toBeUndefined();
    await waitFor(() => expect(result.current[2].saveState).toBe('saved'), { timeout: 2000 });
  });

  it('reports a failed save and keeps the form dirty until a later save works', async () => {
    freshStorage();
    const { result } = renderDraft('tool:wage', '');
    await waitFor(() => expect(result.current[2].loaded).toBe(true));
    const put = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });

    act(() => result.current[1]('a'));
    await waitFor(() => expect(result.current[2].saveState).toBe('failed'));
    expect(hasDirtyForms()).toBe(true);

    put.mockRestore();
    act(() => result.current[1]('ab'));
    await waitFor(() => expect(result.current[2].saveState).toBe('saved'));
    expect(hasDirtyForms()).toBe(false);
  });

  it('saves a change made while the previous save is under way, and only then is clean', async () => {
    freshStorage();
    const saveStates: string[] = [];
    const { result } = renderHook(() => {
      const draft = useDraft('tool:wage', '', FAST);
      saveStates.push(draft[2].saveState);
      return draft;
    });
    await waitFor(() => expect(result.current[2].loaded).toBe(true));
    const dirtyHistory: boolean[] = [];
    const stopWatching = onDirtyFormsChange(() => dirtyHistory.push(hasDirtyForms()));
    const original = IDBObjectStore.prototype.put;
    const written: unknown[] = [];
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args) {
      if (this.name === 'drafts') {
        written.push((args[0] as { value: unknown }).value);
        if (written.length === 1) act(() => result.current[1]('ab'));
      }
      return original.apply(this, args);
    });

    act(() => result.current[1]('a'));
    await waitFor(() => expect(result.current[2].saveState).toBe('saved'));
    stopWatching();
    expect(written).toEqual(['a', 'ab']);
    // Clean exactly once, after the newer input was stored; never "saved" while only 'a' was.
    expect(dirtyHistory).toEqual([true, false]);
    expect(saveStates.filter((state, index) => state !== saveStates[index - 1])).toEqual(['idle', 'saving', 'saved']);
    expect(await loadDraft('tool:wage')).toBe('ab');
  });

  it('saves what is waiting when the form closes', async () => {
    freshStorage();
    const { result, unmount } = renderDraft('tool:wage', '', { delayMs: 60_000 });
    await waitFor(() => expect(result.current[2].loaded).toBe(true));
    act(() => result.current[1]('last keystrokes'));
    unmount();
    await waitFor(async () => expect(await loadDraft('tool:wage')).toBe('last keystrokes'));
    await waitFor(() => expect(hasDirtyForms()).toBe(false));
  });

  it('saves what is waiting when the page is hidden or unloaded, without waiting for the pause', async () => {
    freshStorage();
    const { result } = renderDraft('tool:wage', '', { delayMs: 60_000 });
    await waitFor(() => expect(result.current[2].loaded).toBe(true));

    act(() => result.current[1]('before switching apps'));
    const visibility = vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
    document.dispatchEvent(new Event('visibilitychange'));
    await waitFor(async () => expect(await loadDraft('tool:wage')).toBe('before switching apps'));

    visibility.mockReturnValue('visible');
    act(() => result.current[1]('before reload'));
    document.dispatchEvent(new Event('visibilitychange'));
    window.dispatchEvent(new Event('pagehide'));
    await waitFor(async () => expect(await loadDraft('tool:wage')).toBe('before reload'));
  });

  it('does nothing for a setter used after the form has closed', async () => {
    freshStorage();
    const { result, unmount } = renderDraft('tool:wage', '');
    await waitFor(() => expect(result.current[2].loaded).toBe(true));
    const setValue = result.current[1];
    unmount();
    setValue('too late');
    expect(hasDirtyForms()).toBe(false);
    await pause(60);
    expect(await loadDraft('tool:wage')).toBeUndefined();
  });
});

describe('useDraft with a changing key', () => {
  it('shows the new key’s draft, never the old input, and still saves the old one', async () => {
    const { device } = freshStorage();
    await seedDraft(device, 'visit:2', 'second visit notes');
    const { result, rerender } = renderDraft('visit:1', '', { delayMs: 60_000 });
    await waitFor(() => expect(result.current[2].loaded).toBe(true));
    act(() => result.current[1]('first visit notes'));
    const oldSetter = result.current[1];

    rerender({ draftKey: 'visit:2' });
    expect(result.current[0]).toBe('');
    expect(result.current[2].loaded).toBe(false);
    await waitFor(() => expect(result.current[0]).toBe('second visit notes'));
    expect(await loadDraft('visit:1')).toBe('first visit notes');

    // The old key's setter must not write into the new key or revive the old one.
    act(() => oldSetter('stray'));
    expect(result.current[0]).toBe('second visit notes');
    await pause(30);
    expect(await loadDraft('visit:1')).toBe('first visit notes');
  });
});

describe('useDraft clear', () => {
  it('forgets the stored draft and goes back to the initial value', async () => {
    freshStorage();
    await saveDraft('tool:wage', 'typed');
    const { result } = renderDraft('tool:wage', 'initial', { delayMs: 60_000 });
    await waitFor(() => expect(result.current[0]).toBe('typed'));
    act(() => result.current[1]('typed more'));

    expect(await act(() => result.current[2].clear())).toEqual({ ok: true });
    expect(result.current[0]).toBe('initial');
    expect(result.current[2].saveState).toBe('idle');
    expect(await loadDraft('tool:wage')).toBeUndefined();
    expect(hasDirtyForms()).toBe(false);
  });

  it('wins over a save that was already under way', async () => {
    freshStorage();
    const { result } = renderDraft('tool:wage', 'initial');
    await waitFor(() => expect(result.current[2].loaded).toBe(true));
    const original = IDBObjectStore.prototype.put;
    let clearing: Promise<unknown> | undefined;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args) {
      clearing ??= result.current[2].clear();
      return original.apply(this, args);
    });

    act(() => result.current[1]('submitted'));
    await waitFor(() => expect(clearing).toBeDefined());
    await act(async () => {
      await clearing;
      await pause(20);
    });
    expect(await loadDraft('tool:wage')).toBeUndefined();
    expect(result.current[2].saveState).toBe('idle');
    expect(result.current[0]).toBe('initial');
  });

  it('still clears the stored draft from a form that has closed', async () => {
    freshStorage();
    await saveDraft('tool:wage', 'typed');
    const { result, unmount } = renderDraft('tool:wage', '');
    await waitFor(() => expect(result.current[2].loaded).toBe(true));
    const { clear } = result.current[2];
    unmount();
    expect(await clear()).toEqual({ ok: true });
    expect(await loadDraft('tool:wage')).toBeUndefined();
  });
});
