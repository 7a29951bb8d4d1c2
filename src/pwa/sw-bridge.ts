/**
 * The only code that talks to the service worker (the Squoosh "sw-bridge" idea). It registers the
 * worker, reports when everything is cached for offline use, and holds a new version until the
 * reader agrees to reload.
 */
import type { Workbox } from 'workbox-window';
import { hasDirtyForms } from '../storage/shell';

export interface PwaState {
  supported: boolean;
  /** Every page and all content are cached: the app works with no signal. */
  offlineReady: boolean;
  /** A new version is installed and waiting for the reader's go-ahead. */
  updateWaiting: boolean;
  online: boolean;
}

let state: PwaState = {
  supported: typeof navigator !== 'undefined' && 'serviceWorker' in navigator,
  offlineReady: false,
  updateWaiting: false,
  online: typeof navigator === 'undefined' ? true : navigator.onLine,
};
const listeners = new Set<() => void>();
let workbox: Workbox | null = null;
let reloadWhenControlling = false;
let started = false;

function update(patch: Partial<PwaState>): void {
  state = { ...state, ...patch };
  listeners.forEach((listener) => listener());
}

export function getPwaState(): PwaState {
  return state;
}

export function subscribeToPwa(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function startServiceWorker(): void {
  if (started || typeof window === 'undefined') return;
  started = true;
  window.addEventListener('online', () => update({ online: true }));
  window.addEventListener('offline', () => update({ online: false }));
  // The development server has no service worker; only the built app registers one.
  if (!state.supported || import.meta.env.DEV) return;
  // Loaded after the first paint: installing for offline use must never delay the page itself.
  void import('workbox-window').then(({ Workbox: WorkboxClass }) => {
    const wb = new WorkboxClass('/sw.js', { scope: '/' });
    workbox = wb;
    wb.addEventListener('waiting', () => update({ updateWaiting: true }));
    wb.addEventListener('controlling', () => {
      if (reloadWhenControlling) window.location.reload();
    });
    return wb.register();
  }).catch((error: unknown) => console.error('FairPA could not install for offline use', error));
  // `ready` resolves once a worker is active, which happens only after its precache finished.
  navigator.serviceWorker.ready.then(() => update({ offlineReady: true }));
}

/** Reloads into the waiting version, unless a form holds unsaved input. Returns whether it did. */
export function applyUpdate(): boolean {
  if (!workbox || !state.updateWaiting || hasDirtyForms()) return false;
  reloadWhenControlling = true;
  workbox.messageSkipWaiting();
  return true;
}
