import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { FairPaDb } from './db';
import { memoryBackend } from './testing/fresh-storage';

const original = { ...Dexie.dependencies };
afterEach(() => {
  Object.assign(Dexie.dependencies, original);
});

describe('FairPaDb', () => {
  it('lets live queries run where the browser has no IndexedDB of its own', () => {
    Dexie.dependencies.indexedDB = undefined as unknown as IDBFactory;
    const backend = memoryBackend();
    new FairPaDb(backend, { now: () => '' }).close();
    expect(Dexie.dependencies.indexedDB).toBe(backend.indexedDB);
    expect(Dexie.dependencies.IDBKeyRange).toBe(backend.IDBKeyRange);
  });

  it('leaves the browser’s own IndexedDB as Dexie’s default', () => {
    const browsers = memoryBackend();
    Dexie.dependencies.indexedDB = browsers.indexedDB;
    new FairPaDb(memoryBackend(), { now: () => '' }).close();
    expect(Dexie.dependencies.indexedDB).toBe(browsers.indexedDB);
  });
});
