import { useCallback, useEffect, useRef, useState, type SetStateAction } from 'react';
import { clearDraft, loadDraft, saveDraft } from './drafts';
import { markDirty } from './unsaved-work';
import type { WriteResult } from './write-result';

export type DraftSaveState = 'idle' | 'saving' | 'saved' | 'failed';

export interface DraftStatus {
  /** False until the stored draft (if any) has been read; forms may disable input until then. */
  loaded: boolean;
  saveState: DraftSaveState;
  /** Forget the draft (e.g. once the form is submitted) and go back to the initial value. */
  clear: () => Promise<WriteResult>;
}

export interface DraftOptions<T> {
  /** Autosave delay after the last change. */
  delayMs?: number;
  /** Turn a stored value (maybe from an older form) into a valid one, or undefined to ignore it. */
  restore?: (stored: unknown) => T | undefined;
}

export const DRAFT_SAVE_DELAY_MS = 300;

/** The markDirty key for a draft, so the update prompt knows which form is unsaved. */
export function draftFormKey(key: string): string {
  return `draft:${key}`;
}

/** Bookkeeping for one draft key while a component shows it; replaced when the key changes. */
interface Session<T> {
  key: string;
  value: T;
  loaded: boolean;
  /** The user has changed (or cleared) the value: from now on it wins over anything stored. */
  touched: boolean;
  /** A change not yet handed to storage. */
  pending: boolean;
  /** Bumped by every change and clear, so a save that finishes late knows it is no longer news. */
  revision: number;
  timer: ReturnType<typeof setTimeout> | undefined;
  closed: boolean;
}

interface View<T> {
  key: string;
  value: T;
  loaded: boolean;
  saveState: DraftSaveState;
}

/** A setter kept from an earlier key, or called after the form closed, must not revive that session. */
function isStale(current: Session<unknown> | null, key: string): boolean {
  return current !== null && (current.key !== key || current.closed);
}

/**
 * Form state that survives a reload: loads the stored draft once, then saves each change after a
 * short pause. It only ever writes values the user produced, so the initial value can never
 * overwrite a stored draft, not even when the load is slow. Changes made before the load finishes
 * win over the stored draft and are saved once it has.
 */
export function useDraft<T>(
  key: string,
  initial: T,
  options: DraftOptions<T> = {},
): [T, (next: SetStateAction<T>) => void, DraftStatus] {
  const [view, setView] = useState<View<T>>({ key, value: initial, loaded: false, saveState: 'idle' });
  // Read at the moment they are needed, so new option objects each render don't restart anything.
  const latest = useRef({ initial, options });
  const sessionRef = useRef<Session<T> | null>(null);

  useEffect(() => {
    latest.current = { initial, options };
  });

  const sessionFor = useCallback((forKey: string): Session<T> => {
    const existing = sessionRef.current;
    if (existing && existing.key === forKey && !existing.closed) return existing;
    const fresh: Session<T> = {
      key: forKey,
      value: latest.current.initial,
      loaded: false,
      touched: false,
      pending: false,
      revision: 0,
      timer: undefined,
      closed: false,
    };
    sessionRef.current = fresh;
    return fresh;
  }, []);

  // Only the session on screen may change what is shown; a finished save for an old key must not.
  const show = useCallback((session: Session<T>, change: Partial<View<T>>) => {
    setView((shown) => (shown.key === session.key && sessionRef.current === session ? { ...shown, ...change } : shown));
  }, []);

  const save = useCallback(
    async (session: Session<T>) => {
      clearTimeout(session.timer);
      session.timer = undefined;
      if (!session.pending) return;
      session.pending = false;
      const { revision } = session;
      show(session, { saveState: 'saving' });
      const result = await saveDraft(session.key, session.value);
      // Changed or cleared meanwhile: whatever came later reports, and the form stays dirty until then.
      if (session.revision !== revision) return;
      if (result.ok) markDirty(draftFormKey(session.key), false);
      show(session, { saveState: result.ok ? 'saved' : 'failed' });
    },
    [show],
  );

  const schedule = useCallback(
    (session: Session<T>) => {
      clearTimeout(session.timer);
      const delayMs = latest.current.options.delayMs ?? DRAFT_SAVE_DELAY_MS;
      session.timer = setTimeout(() => void save(session), delayMs);
    },
    [save],
  );

  useEffect(() => {
    const session = sessionFor(key);
    let active = true;
    void loadDraft<unknown>(key).then((stored) => {
      if (!active) return;
      session.loaded = true;
      if (!session.touched && stored !== undefined) {
        const { restore } = latest.current.options;
        const restored = restore ? restore(stored) : (stored as T);
        if (restored !== undefined) session.value = restored;
      }
      show(session, { value: session.value, loaded: true });
      if (session.pending) schedule(session);
    });
    return () => {
      active = false;
      session.closed = true;
      // Leaving the form (or switching key) must not drop the last keystrokes still waiting for the timer.
      void save(session).finally(() => markDirty(draftFormKey(session.key), false));
    };
  }, [key, sessionFor, show, save, schedule]);

  // A reload or a phone switching apps gives no unmount; save what is waiting while we still can.
  useEffect(() => {
    const flush = () => {
      const session = sessionRef.current;
      if (session && session.loaded && !session.closed) void save(session);
    };
    const onVisibilityChange = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onVisibilityChange);
    return () => {
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onVisibilityChange);
    };
  }, [save]);

  const setValue = useCallback(
    (next: SetStateAction<T>) => {
      if (isStale(sessionRef.current, key)) return;
      const session = sessionFor(key);
      session.value = typeof next === 'function' ? (next as (previous: T) => T)(session.value) : next;
      session.touched = true;
      session.pending = true;
      session.revision += 1;
      markDirty(draftFormKey(key), true);
      // "Saving" from the first keystroke: never let an earlier "saved" vouch for newer input.
      show(session, { value: session.value, saveState: 'saving' });
      if (session.loaded) schedule(session);
    },
    [key, sessionFor, show, schedule],
  );

  const clear = useCallback(async (): Promise<WriteResult> => {
    if (isStale(sessionRef.current, key)) {
      markDirty(draftFormKey(key), false);
      return clearDraft(key);
    }
    const session = sessionFor(key);
    clearTimeout(session.timer);
    session.timer = undefined;
    session.pending = false;
    session.touched = true;
    session.revision += 1;
    session.value = latest.current.initial;
    show(session, { value: session.value, saveState: 'idle' });
    const result = await clearDraft(key);
    markDirty(draftFormKey(key), false);
    return result;
  }, [key, sessionFor, show]);

  // Switching key shows the new key's initial value at once, never the old key's input.
  let shown = view;
  if (view.key !== key) {
    shown = { key, value: initial, loaded: false, saveState: 'idle' };
    setView(shown);
  }

  return [shown.value, setValue, { loaded: shown.loaded, saveState: shown.saveState, clear }];
}
