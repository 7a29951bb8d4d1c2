// @vitest-environment jsdom
import { act, cleanup, renderHook, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DATABASE_NAME, FairPaDb } from './db';
import { getStorageHealth } from './health-store';
import { loadPreferences, savePreferences } from './preferences';
import { openedDatabase, openStorage, storageDatabase, useStorageHealth } from './storage-health';
import { freshStorage, memoryBackend, resetStorage } from './testing/fresh-storage';

// Unmount before closing storage, so no live query outlives its test.
afterEach(async () => {
  cleanup();
  await resetStorage();
});

const preferences = { locale: 'en-GB', nation: 'england', role: 'pa' } as const;

describe('openStorage', () => {
  it('opens the device database and reports it as kept on the device', async () => {
    freshStorage();
    expect(getStorageHealth()).toEqual({ mode: 'opening', persisted: 'not-asked' });
    await expect(openStorage()).resolves.toEqual({ mode: 'device', persisted: 'not-asked' });
    expect(openedDatabase()?.isOpen()).toBe(true);
  });

  it('opens only once however many callers ask at the same time', async () => {
    const { device } = freshStorage();
    const open = vi.spyOn(device.indexedDB, 'open');
    await Promise.all([openStorage(), openStorage(), storageDatabase()]);
    await openStorage();
    expect(open).toHaveBeenCalledTimes(1);
  });

  it('falls back to memory when the browser has no IndexedDB', async () => {
    freshStorage({ backend: () => undefined });
    await expect(openStorage()).resolves.toEqual({ mode: 'memory', reason: 'unavailable', persisted: 'not-asked' });
    expect(await savePreferences(preferences)).toEqual({ ok: true });
    expect(await loadPreferences()).toEqual(preferences);
  });

  it('falls back to memory when even touching IndexedDB throws', async () => {
    freshStorage({
      backend: () => {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
    expect(await openStorage()).toMatchObject({ mode: 'memory', reason: 'unavailable' });
  });

  it('calls a private-mode refusal "unavailable"', async () => {
    const { device } = freshStorage();
    vi.spyOn(device.indexedDB, 'open').mockImplementation(() => {
      throw new DOMException('A mutation operation was attempted on a database that did not allow mutations.', 'InvalidStateError');
    });
    expect(await openStorage()).toMatchObject({ mode: 'memory', reason: 'unavailable' });
  });

  it('calls any other open failure "error" and still gives a working memory database', async () => {
    const { device } = freshStorage();
    vi.spyOn(device.indexedDB, 'open').mockImplementation(() => {
      throw new Error('disk on fire');
    });
    expect(await openStorage()).toEqual({ mode: 'memory', reason: 'error', persisted: 'not-asked' });
    expect(await savePreferences(preferences)).toEqual({ ok: true });
  });

  it('gives up waiting for another tab that holds an old version and calls it "blocked"', async () => {
    const { device } = freshStorage({ blockedTimeoutMs: 20 });
    // Another tab on schema version 1 that ignores requests to close (Dexie stores version × 10).
    const stubborn = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = device.indexedDB.open(DATABASE_NAME, 10);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    stubborn.onversionchange = () => undefined;

    expect(await openStorage()).toEqual({ mode: 'memory', reason: 'blocked', persisted: 'not-asked' });
    stubborn.close();
  });

  it('reports "none" when the memory fallback cannot load either, and refuses writes plainly', async () => {
    freshStorage({
      backend: () => undefined,
      loadMemoryBackend: () => Promise.reject(new TypeError('Failed to fetch dynamically imported module')),
    });
    expect(await openStorage()).toEqual({ mode: 'none', reason: 'unavailable', persisted: 'not-asked' });
    expect(openedDatabase()).toBeNull();
    expect(await savePreferences(preferences)).toMatchObject({ ok: false, reason: 'unavailable' });
    expect(await loadPreferences()).toBeNull();
  });

  it('starts afresh after closeStorage, with the data still on the device', async () => {
    const { device } = freshStorage();
    await savePreferences(preferences);
    await resetStorage();
    freshStorage({ backend: () => device });
    expect(await loadPreferences()).toEqual(preferences);
  });

  it('keeps data in the device database named "fairpa"', async () => {
    const { device } = freshStorage();
    await savePreferences(preferences);
    const other = new FairPaDb(device, { now: () => '' });
    expect((await other.settings.get('preferences'))?.value).toEqual(preferences);
    other.close();
  });
});

describe('useStorageHealth', () => {
  it('shows "opening" first and then what storage turned out to be', async () => {
    freshStorage({ backend: () => undefined });
    const { result } = renderHook(() => useStorageHealth());
    expect(result.current.mode).toBe('opening');
    await waitFor(() => expect(result.current).toEqual({ mode: 'memory', reason: 'unavailable', persisted: 'not-asked' }));
  });

  it('updates when persistence is granted after a save', async () => {
    freshStorage();
    const { result } = renderHook(() => useStorageHealth());
    await waitFor(() => expect(result.current.mode).toBe('device'));
    await act(() => savePreferences(preferences));
    await waitFor(() => expect(result.current).toEqual({ mode: 'device', persisted: 'granted' }));
  });

  it('opens storage by itself, so a screen needs no set-up call', async () => {
    freshStorage();
    renderHook(() => useStorageHealth());
    await waitFor(() => expect(openedDatabase()).not.toBeNull());
  });
});

describe('in-memory databases', () => {
  it('do not share data between two factories', async () => {
    const a = new FairPaDb(memoryBackend(), { now: () => '' });
    const b = new FairPaDb(memoryBackend(), { now: () => '' });
    await a.drafts.put({ key: 'k', value: 1, updatedAt: '' });
    expect(await b.drafts.count()).toBe(0);
    a.close();
    b.close();
  });
});
