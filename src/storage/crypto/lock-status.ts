import { useEffect, useSyncExternalStore } from 'react';
import { storageDatabase } from '../storage-health';
import { asLockRecord, LOCK_SETTING_KEY } from './lock-record';
import { getLockState, lockSession, setLockConfiguration, subscribeLockState, type LockState } from './session';

/**
 * Whether the lock is on, read from storage once and kept in step across tabs. Part of the shell
 * (the quick exit and the lock notice use it), so it loads no Dexie code of its own.
 */

type LockMessage = { type: 'lock' } | { type: 'changed' };

let checking: Promise<void> | null = null;
let channel: BroadcastChannel | null | undefined;

function lockChannel(): BroadcastChannel | null {
  if (channel !== undefined) return channel;
  if (typeof BroadcastChannel !== 'function') return (channel = null);
  channel = new BroadcastChannel('fairpa-lock');
  // Node (tests) would otherwise keep running just for this channel.
  (channel as unknown as { unref?: () => void }).unref?.();
  channel.onmessage = (event: MessageEvent<LockMessage>) => {
    if (event.data?.type === 'lock') lockSession('manual');
    if (event.data?.type === 'changed') void refreshLockStatus();
  };
  return channel;
}

function tellOtherTabs(message: LockMessage): void {
  try {
    lockChannel()?.postMessage(message);
  } catch {
    // A closed channel (page going away) has nobody left to tell.
  }
}

/** Reads the lock setting again. A row that exists but cannot be understood counts as locked, never as off. */
export async function refreshLockStatus(): Promise<void> {
  lockChannel();
  try {
    const db = await storageDatabase();
    if (!db) {
      setLockConfiguration({ on: false });
      return;
    }
    const row = await db.settings.get(LOCK_SETTING_KEY);
    if (!row) {
      setLockConfiguration({ on: false });
      return;
    }
    const record = asLockRecord(row.value);
    setLockConfiguration(
      record
        ? { on: true, lockId: record.lockId, autoLockMinutes: record.autoLockMinutes }
        : { on: true, lockId: '', autoLockMinutes: getLockState().autoLockMinutes },
    );
  } catch {
    // Unreadable storage: leave the state as it was rather than guess "off".
  }
}

export function ensureLockChecked(): Promise<void> {
  if (getLockState().status !== 'checking') return Promise.resolve();
  checking ??= refreshLockStatus().finally(() => {
    checking = null;
  });
  return checking;
}

/** After turning the lock on or off or changing the passphrase here: other tabs re-read it. */
export function announceLockChange(): void {
  tellOtherTabs({ type: 'changed' });
}

/** Forgets the key in this tab and every other open tab (the lock button, quick exit). */
export function lockNow(): void {
  lockSession('manual');
  tellOtherTabs({ type: 'lock' });
}

/** 'checking' until storage has been read; then 'off', 'locked' or 'unlocked'. */
export function useLockState(): LockState {
  useEffect(() => {
    void ensureLockChecked();
  }, []);
  return useSyncExternalStore(subscribeLockState, getLockState, getLockState);
}

/** For tests: close the channel so no message reaches a later test. */
export function closeLockChannel(): void {
  channel?.close();
  channel = undefined;
  checking = null;
}
