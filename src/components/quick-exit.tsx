import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { lockNow } from '../storage/shell';

/** A page of our own with nothing on it about FairPA: no request leaves the device to get there. */
export const NEUTRAL_PAGE = '/neutral.html';
/** Escape pressed this many times, each within WINDOW_MS of the first, leaves at once. */
export const ESCAPE_PRESSES = 3;
export const WINDOW_MS = 1500;

/**
 * Leaves FairPA at once: forgets the unlocked key (in every tab), then replaces this page with a
 * neutral one. `replace` rather than a link, so Back from the neutral page does not land here.
 */
export function quickExit(go: (url: string) => void = (url) => window.location.replace(url)): void {
  lockNow();
  go(NEUTRAL_PAGE);
}

/** Counts Escape presses; true on the press that makes ESCAPE_PRESSES within WINDOW_MS. */
export function escapeCounter(now: () => number = () => Date.now()): (key: string, repeat: boolean) => boolean {
  let presses: number[] = [];
  return (key, repeat) => {
    if (key !== 'Escape' || repeat) return false;
    const time = now();
    presses = [...presses.filter((at) => time - at <= WINDOW_MS), time];
    if (presses.length < ESCAPE_PRESSES) return false;
    presses = [];
    return true;
  };
}

/**
 * The quick exit button for the header: for someone who needs to hide what they were reading,
 * now. Also works from anywhere by pressing Escape three times.
 */
export function QuickExit() {
  const { t } = useTranslation();
  useEffect(() => {
    const count = escapeCounter();
    const onKeyDown = (event: KeyboardEvent) => {
      if (count(event.key, event.repeat)) quickExit();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
  return (
    <>
      <button type="button" className="button button--warning quick-exit" onClick={() => quickExit()} aria-describedby="quick-exit-hint">
        {t('quickExit.button')}
      </button>
      <span className="visually-hidden" id="quick-exit-hint">
        {t('quickExit.hint')}
      </span>
    </>
  );
}
