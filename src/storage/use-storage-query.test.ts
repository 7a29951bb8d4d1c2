// @vitest-environment jsdom
import { act, cleanup, renderHook, waitFor } from '@testing-library/react';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { saveDraft } from './drafts';
import { freshStorage, resetStorage } from './testing/fresh-storage';
import { useStorageQuery } from './use-storage-query';

const originalDependencies = { ...Dexie.dependencies };

// Unmount before closing storage, so no live query outlives its test.
afterEach(async () => {
  cleanup();
  Object.assign(Dexie.dependencies, originalDependencies);
  await resetStorage();
});

const useDraftKeys = () => useStorageQuery((db) => db.drafts.toCollection().primaryKeys(), [], ['none']);

describe('useStorageQuery', () => {
  it('follows changes in memory mode on a browser with no IndexedDB at all', async () => {
    Dexie.dependencies.indexedDB = undefined as unknown as IDBFactory;
    freshStorage({ backend: () => undefined });
    const { result } = renderHook(useDraftKeys);
    await waitFor(() => expect(result.current).toEqual({ status: 'ready', value: [] }));
    await act(() => saveDraft('typed', 1));
    await waitFor(() => expect(result.current).toEqual({ status: 'ready', value: ['typed'] }));
  });

  it('gives the "nothing can be stored" value at once when there is no database', async () => {
    freshStorage({ backend: () => undefined, loadMemoryBackend: () => Promise.reject(new Error('offline')) });
    const { result } = renderHook(useDraftKeys);
    expect(result.current).toEqual({ status: 'loading' });
    await waitFor(() => expect(result.current).toEqual({ status: 'ready', value: ['none'] }));
  });
});
