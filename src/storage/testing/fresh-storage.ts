import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { vi, type Mock } from 'vitest';
import type { IndexedDbBackend } from '../db';
import { closeStorage } from '../storage-health';
import { configureStorageEnvironment, type StorageEnvironment } from '../storage-environment';

export interface TestClock {
  now: () => string;
  advanceSeconds: (seconds: number) => void;
}

export function testClock(start = '2025-04-01T09:00:00.000Z'): TestClock {
  let current = Date.parse(start);
  return {
    now: () => new Date(current).toISOString(),
    advanceSeconds: (seconds) => {
      current += seconds * 1000;
    },
  };
}

export interface FakeStorageManager {
  persist: Mock<() => Promise<boolean>>;
  persisted: Mock<() => Promise<boolean>>;
}

export function fakeStorageManager({ grants = true, alreadyPersisted = false } = {}): FakeStorageManager {
  return {
    persist: vi.fn(() => Promise.resolve(grants)),
    persisted: vi.fn(() => Promise.resolve(alreadyPersisted)),
  };
}

export function memoryBackend(): IndexedDbBackend {
  return { indexedDB: new IDBFactory(), IDBKeyRange };
}

export interface FreshStorage {
  /** What openStorage() will find as "the device's IndexedDB". */
  device: IndexedDbBackend;
  clock: TestClock;
  storageManager: FakeStorageManager;
}

/**
 * Gives the next openStorage() its own empty in-memory IndexedDB, a fixed clock, counting ids and
 * a fake navigator.storage, so no test sees another's data. Pair with resetStorage() afterwards.
 */
export function freshStorage(overrides: Partial<StorageEnvironment> = {}): FreshStorage {
  const device = memoryBackend();
  const clock = testClock();
  const storageManager = fakeStorageManager();
  let ids = 0;
  configureStorageEnvironment({
    backend: () => device,
    loadMemoryBackend: () => Promise.resolve(memoryBackend()),
    storageManager: () => storageManager,
    now: clock.now,
    newId: () => `id-${String(++ids).padStart(3, '0')}`,
    blockedTimeoutMs: 50,
    ...overrides,
  });
  return { device, clock, storageManager };
}

export async function resetStorage(): Promise<void> {
  await closeStorage();
  configureStorageEnvironment({});
}

/** A promise to hold something back (e.g. storage opening) until the test says go. */
export function gate(): { promise: Promise<void>; open: () => void } {
  let open!: () => void;
  const promise = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { promise, open };
}
