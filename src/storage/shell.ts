/**
 * The part of the storage module the app shell needs on every page (preferences, storage health,
 * unsaved-work flags). It loads no Dexie code: the database, and Dexie with it, load when first
 * opened, so the first paint stays small. Everything here is also exported from ./index.ts.
 */
export type { Preferences } from './records';
export type { MemoryReason, PersistState, StorageHealth, StorageMode } from './health-store';
export { getStorageHealth } from './health-store';
export { openStorage, useStorageHealth } from './storage-health';
export type { WriteFailure, WriteFailureReason, WriteResult } from './write-result';
export type { PreferencesState } from './preferences';
export { loadPreferences, savePreferences, usePreferences } from './preferences';
export { hasDirtyForms, markDirty, onDirtyFormsChange } from './unsaved-work';
export type { LockReason, LockState, LockStatus } from './crypto/session';
export { lockNow, useLockState } from './crypto/lock-status';
