import { afterEach, describe, expect, it, vi } from 'vitest';
import { configureStorageEnvironment, defaultStorageEnvironment, getStorageEnvironment } from './storage-environment';

afterEach(() => {
  vi.unstubAllGlobals();
  configureStorageEnvironment({});
});

describe('the default storage environment', () => {
  it('finds the browser’s IndexedDB only when both of its parts are there', async () => {
    const { indexedDB, IDBKeyRange } = await import('fake-indexeddb');
    vi.stubGlobal('indexedDB', undefined);
    vi.stubGlobal('IDBKeyRange', IDBKeyRange);
    expect(defaultStorageEnvironment.backend()).toBeUndefined();
    vi.stubGlobal('indexedDB', indexedDB);
    expect(defaultStorageEnvironment.backend()).toEqual({ indexedDB, IDBKeyRange });
  });

  it('loads an in-memory IndexedDB on demand, a new one each time', async () => {
    const first = await defaultStorageEnvironment.loadMemoryBackend();
    const second = await defaultStorageEnvironment.loadMemoryBackend();
    expect(typeof first.indexedDB.open).toBe('function');
    expect(first.indexedDB).not.toBe(second.indexedDB);
  });

  it('uses navigator.storage where there is a navigator', () => {
    const storage = { persist: () => Promise.resolve(true) };
    vi.stubGlobal('navigator', { storage });
    expect(defaultStorageEnvironment.storageManager()).toBe(storage);
    vi.stubGlobal('navigator', undefined);
    expect(defaultStorageEnvironment.storageManager()).toBeUndefined();
  });

  it('stamps ISO times and makes unique ids', () => {
    expect(defaultStorageEnvironment.now()).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    expect(defaultStorageEnvironment.newId()).not.toBe(defaultStorageEnvironment.newId());
  });

  it('can have parts replaced for tests and be put back', () => {
    configureStorageEnvironment({ now: () => 'then' });
    expect(getStorageEnvironment().now()).toBe('then');
    expect(getStorageEnvironment().newId).toBe(defaultStorageEnvironment.newId);
    configureStorageEnvironment({});
    expect(getStorageEnvironment()).toEqual(defaultStorageEnvironment);
  });
});
