import { useSyncExternalStore } from 'react';
import { hasDirtyForms, onDirtyFormsChange } from '../storage/shell';
import { getPwaState, subscribeToPwa, type PwaState } from './sw-bridge';

export function usePwaState(): PwaState {
  return useSyncExternalStore(subscribeToPwa, getPwaState, getPwaState);
}

/** Whether some form holds unsaved input (the update prompt waits for it). */
export function useHasDirtyForms(): boolean {
  return useSyncExternalStore(onDirtyFormsChange, hasDirtyForms, hasDirtyForms);
}
