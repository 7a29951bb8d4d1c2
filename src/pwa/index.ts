export { applyUpdate, startServiceWorker, type PwaState } from './sw-bridge';
export { usePwaState, useHasDirtyForms } from './use-pwa-state';
