// @vitest-environment jsdom
import { act, cleanup, renderHook, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { asPreferences, loadPreferences, PREFERENCES_KEY, savePreferences, usePreferences } from './preferences';
import { openedDatabase, openStorage } from './storage-health';
import { freshStorage, resetStorage } from './testing/fresh-storage';

// Unmount before closing storage, so no live query outlives its test.
afterEach(async () => {
  cleanup();
  await resetStorage();
});

const welshPa = { locale: 'cy', nation: 'wales', role: 'pa' } as const;

describe('preferences', () => {
  it('are null before the first run has been completed', async () => {
    freshStorage();
    expect(await loadPreferences()).toBeNull();
  });

  it('are remembered once saved, with the time they were saved', async () => {
    const { clock } = freshStorage();
    expect(await savePreferences(welshPa)).toEqual({ ok: true });
    expect(await loadPreferences()).toEqual(welshPa);
    expect(await openedDatabase()?.settings.get(PREFERENCES_KEY)).toEqual({
      key: PREFERENCES_KEY,
      value: welshPa,
      updatedAt: clock.now(),
    });
  });

  it('read as "not chosen yet" when what is stored is damaged', async () => {
    freshStorage();
    await openStorage();
    await openedDatabase()?.settings.put({ key: PREFERENCES_KEY, value: { locale: 'cy', nation: 'mars', role: 'pa' }, updatedAt: '' });
    expect(await loadPreferences()).toBeNull();
  });

  it('never make loadPreferences reject', async () => {
    freshStorage();
    await openStorage();
    openedDatabase()?.close();
    await expect(loadPreferences()).resolves.toBeNull();
  });
});

describe('asPreferences', () => {
  it.each([
    ['nothing', undefined],
    ['a string', 'cy'],
    ['an empty locale', { locale: '', nation: 'wales', role: 'pa' }],
    ['a missing locale', { nation: 'wales', role: 'pa' }],
    ['an unknown nation', { locale: 'cy', nation: 'cymru', role: 'pa' }],
    ['an unknown role', { locale: 'cy', nation: 'wales', role: 'boss' }],
  ])('rejects %s', (_, value) => {
    expect(asPreferences(value)).toBeNull();
  });

  it('keeps only the known fields', () => {
    expect(asPreferences({ ...welshPa, extra: true })).toEqual(welshPa);
  });
});

describe('usePreferences', () => {
  it('is loading, then ready with null, then follows saves', async () => {
    freshStorage();
    const { result } = renderHook(() => usePreferences());
    expect(result.current).toEqual({ status: 'loading' });
    await waitFor(() => expect(result.current).toEqual({ status: 'ready', preferences: null }));

    await act(() => savePreferences(welshPa));
    await waitFor(() => expect(result.current).toEqual({ status: 'ready', preferences: welshPa }));
  });

  it('is ready with null when nothing can be stored at all, so first run still works', async () => {
    freshStorage({ backend: () => undefined, loadMemoryBackend: () => Promise.reject(new Error('offline')) });
    const { result } = renderHook(() => usePreferences());
    await waitFor(() => expect(result.current).toEqual({ status: 'ready', preferences: null }));
  });
});
