/** 'device': IndexedDB is open and data survives closing the app. */
export type StorageMode = 'opening' | 'device' | 'memory' | 'none';

/** Why we are not keeping data on the device, so the UI can say what the user can do about it. */
export type MemoryReason = 'unavailable' | 'blocked' | 'error';

export type PersistState = 'granted' | 'not-granted' | 'unsupported' | 'not-asked';

export type StorageHealth =
  | { mode: 'opening'; persisted: PersistState }
  | { mode: 'device'; persisted: PersistState }
  /** Working, but everything is lost when the app closes. */
  | { mode: 'memory'; reason: MemoryReason; persisted: PersistState }
  /** Even the in-memory fallback failed (e.g. its code could not be loaded offline): nothing can be saved. */
  | { mode: 'none'; reason: MemoryReason; persisted: PersistState };

export const OPENING_HEALTH: StorageHealth = { mode: 'opening', persisted: 'not-asked' };

// Replaced, never mutated, so useSyncExternalStore sees a new snapshot exactly when something changed.
let health: StorageHealth = OPENING_HEALTH;
const listeners = new Set<() => void>();

export function getStorageHealth(): StorageHealth {
  return health;
}

export function setStorageHealth(next: StorageHealth): void {
  if (next === health) return;
  health = next;
  for (const listener of [...listeners]) listener();
}

export function setPersistState(persisted: PersistState): void {
  setStorageHealth({ ...health, persisted });
}

export function subscribeStorageHealth(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}
