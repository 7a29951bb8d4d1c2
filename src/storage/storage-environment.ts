import type { IndexedDbBackend } from './db';

/** The parts of `navigator.storage` we use; each may be missing in older browsers. */
export interface StorageManagerLike {
  persist?: () => Promise<boolean>;
  persisted?: () => Promise<boolean>;
}

/**
 * Everything storage takes from the outside world, in one replaceable place so tests can give
 * each case its own in-memory IndexedDB, a fixed clock, and a fake `navigator.storage`.
 */
export interface StorageEnvironment {
  /** A function because merely reading `indexedDB` throws in some sandboxed frames. */
  backend: () => IndexedDbBackend | undefined;
  /** Loaded only when the real IndexedDB fails, so fake-indexeddb stays out of the main bundle. */
  loadMemoryBackend: () => Promise<IndexedDbBackend>;
  storageManager: () => StorageManagerLike | undefined;
  now: () => string;
  newId: () => string;
  /** How long an open may stay blocked by another tab before we give up and use memory. */
  blockedTimeoutMs: number;
}

function browserBackend(): IndexedDbBackend | undefined {
  const { indexedDB, IDBKeyRange } = globalThis as Partial<IndexedDbBackend>;
  return indexedDB && IDBKeyRange ? { indexedDB, IDBKeyRange } : undefined;
}

async function memoryBackend(): Promise<IndexedDbBackend> {
  const fake = await import('fake-indexeddb');
  return { indexedDB: new fake.IDBFactory(), IDBKeyRange: fake.IDBKeyRange };
}

export const defaultStorageEnvironment: StorageEnvironment = {
  backend: browserBackend,
  loadMemoryBackend: memoryBackend,
  storageManager: () => (typeof navigator === 'undefined' ? undefined : navigator.storage),
  now: () => new Date().toISOString(),
  newId: () => crypto.randomUUID(),
  blockedTimeoutMs: 3000,
};

let environment: StorageEnvironment = defaultStorageEnvironment;

export function getStorageEnvironment(): StorageEnvironment {
  return environment;
}

/** For tests: replace parts of the environment. Takes effect at the next openStorage(). */
export function configureStorageEnvironment(overrides: Partial<StorageEnvironment>): void {
  environment = { ...defaultStorageEnvironment, ...overrides };
}
