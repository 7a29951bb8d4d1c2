import { DEFAULT_AUTO_LOCK_MINUTES } from './lock-record';

/**
 * The unlocked key lives here, in this module's memory and nowhere else: not in storage, not in
 * sessionStorage. Reloading, closing the tab, quick exit or a time without use all forget it.
 * This file loads with the app shell, so it must stay free of Dexie.
 */

/** 'checking': not yet known whether the lock is on. */
export type LockStatus = 'checking' | 'off' | 'locked' | 'unlocked';

/** Why the session locked, so the unlock screen can say (e.g. "locked after 10 minutes"). */
export type LockReason = 'start' | 'timeout' | 'manual';

export interface LockState {
  status: LockStatus;
  autoLockMinutes: number;
  reason: LockReason;
}

export interface SessionKey {
  key: CryptoKey;
  lockId: string;
}

/** How often the inactivity timer looks at the clock. */
const CHECK_INTERVAL_MS = 15_000;
const ACTIVITY_EVENTS = ['pointerdown', 'keydown', 'touchstart', 'wheel', 'input'] as const;

let state: LockState = { status: 'checking', autoLockMinutes: DEFAULT_AUTO_LOCK_MINUTES, reason: 'start' };
let session: SessionKey | null = null;
let lastActivity = 0;
let timer: ReturnType<typeof setInterval> | undefined;
const listeners = new Set<() => void>();

function setState(next: LockState): void {
  if (next.status === state.status && next.autoLockMinutes === state.autoLockMinutes && next.reason === state.reason) return;
  state = next;
  for (const listener of [...listeners]) listener();
}

export function getLockState(): LockState {
  return state;
}

export function subscribeLockState(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

/** The key, if this session is unlocked. */
export function currentSessionKey(): SessionKey | null {
  return session;
}

export function noteActivity(): void {
  lastActivity = Date.now();
}

function checkIdle(): void {
  if (session && Date.now() - lastActivity >= state.autoLockMinutes * 60_000) forgetKey('timeout');
}

function onVisibilityChange(): void {
  // Timers are slowed down in background tabs; coming back is when an overdue lock must happen.
  if (typeof document !== 'undefined' && document.visibilityState === 'visible') checkIdle();
}

function watchActivity(): void {
  stopWatching();
  noteActivity();
  timer = setInterval(checkIdle, CHECK_INTERVAL_MS);
  if (typeof window !== 'undefined') {
    for (const name of ACTIVITY_EVENTS) window.addEventListener(name, noteActivity, { capture: true, passive: true });
  }
  if (typeof document !== 'undefined') document.addEventListener('visibilitychange', onVisibilityChange);
}

function stopWatching(): void {
  clearInterval(timer);
  timer = undefined;
  if (typeof window !== 'undefined') {
    for (const name of ACTIVITY_EVENTS) window.removeEventListener(name, noteActivity, { capture: true });
  }
  if (typeof document !== 'undefined') document.removeEventListener('visibilitychange', onVisibilityChange);
}

function forgetKey(reason: LockReason): void {
  const wasOn = state.status === 'unlocked' || state.status === 'locked';
  session = null;
  stopWatching();
  if (wasOn) setState({ ...state, status: 'locked', reason });
}

/** After a right passphrase (or a new one): keep the key until locked, and lock after a quiet spell. */
export function startSession(key: SessionKey, autoLockMinutes: number): void {
  session = key;
  setState({ status: 'unlocked', autoLockMinutes, reason: state.reason });
  watchActivity();
}

/** What storage says about the lock: on (with which passphrase) or off. A key for another passphrase is dropped. */
export function setLockConfiguration(config: { on: false } | { on: true; lockId: string; autoLockMinutes: number }): void {
  if (!config.on) {
    session = null;
    stopWatching();
    setState({ status: 'off', autoLockMinutes: state.autoLockMinutes, reason: 'start' });
    return;
  }
  if (session && session.lockId !== config.lockId) {
    session = null;
    stopWatching();
  }
  setState({ status: session ? 'unlocked' : 'locked', autoLockMinutes: config.autoLockMinutes, reason: state.reason });
  if (session) checkIdle();
}

/** Lock at once (the lock button, quick exit). Does nothing when the lock is off. */
export function lockSession(reason: LockReason = 'manual'): void {
  forgetKey(reason);
}

/** For tests and storage resets: back to "not yet known", with no key. */
export function forgetLockSession(): void {
  session = null;
  stopWatching();
  state = { status: 'checking', autoLockMinutes: DEFAULT_AUTO_LOCK_MINUTES, reason: 'start' };
  for (const listener of [...listeners]) listener();
}
