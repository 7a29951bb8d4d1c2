// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { initI18n } from '../i18n/i18n';
import { turnLockOn, useLockState } from '../storage';
import { freshStorage, resetStorage } from '../storage/testing/fresh-storage';
import { escapeCounter, NEUTRAL_PAGE, QuickExit, quickExit, WINDOW_MS } from './quick-exit';

vi.setConfig({ testTimeout: 20_000 });

beforeAll(async () => {
  await initI18n('en');
});

afterEach(async () => {
  cleanup();
  vi.restoreAllMocks();
  await resetStorage();
});

describe('escapeCounter', () => {
  it('fires on the third Escape in quick succession, and not for held keys, other keys or slow presses', () => {
    let now = 0;
    const count = escapeCounter(() => now);
    expect(count('Escape', false)).toBe(false);
    now += 300;
    expect(count('Escape', true)).toBe(false);
    expect(count('a', false)).toBe(false);
    expect(count('Escape', false)).toBe(false);
    now += 300;
    expect(count('Escape', false)).toBe(true);
    now += 100;
    expect(count('Escape', false)).toBe(false);
    now += WINDOW_MS + 1;
    expect(count('Escape', false)).toBe(false);
    expect(count('Escape', false)).toBe(false);
  });
});

function LockStatus() {
  return <p data-testid="lock">{useLockState().status}</p>;
}

describe('quick exit', () => {
  it('locks FairPA and replaces the page with the neutral page', async () => {
    freshStorage();
    await turnLockOn('blue kettle river');
    render(<LockStatus />);
    expect(screen.getByTestId('lock')).toHaveTextContent('unlocked');
    const go = vi.fn();
    act(() => quickExit(go));
    expect(go).toHaveBeenCalledWith(NEUTRAL_PAGE);
    expect(screen.getByTestId('lock')).toHaveTextContent('locked');
  });

  it('is a button, and Escape pressed three times does the same', async () => {
    freshStorage();
    const replace = vi.fn();
    vi.stubGlobal('location', { ...window.location, replace });
    const user = userEvent.setup();
    render(<QuickExit />);
    await user.click(screen.getByRole('button', { name: 'Quick exit' }));
    expect(replace).toHaveBeenCalledWith('/neutral.html');
    await user.keyboard('{Escape}{Escape}');
    expect(replace).toHaveBeenCalledTimes(1);
    await user.keyboard('{Escape}');
    expect(replace).toHaveBeenCalledTimes(2);
    vi.unstubAllGlobals();
  });
});
