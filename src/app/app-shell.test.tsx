// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { freshStorage, resetStorage } from '../storage/testing/fresh-storage';
import { savePreferences } from '../storage';
import { renderApp } from '../testing/render-app';
import { pathInLocale } from './app-header';

beforeEach(() => {
  freshStorage();
});

afterEach(async () => {
  cleanup();
  await resetStorage();
});

describe('the app shell', () => {
  it('sends a first-time reader to the welcome questions, then to a home page for their role', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/en/');
    expect(await screen.findByRole('heading', { level: 1, name: 'Welcome to FairPA' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Continue' }));
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByText('Choose where the job is')).toBeInTheDocument();
    expect(within(summary).getByText('Choose which describes you')).toBeInTheDocument();

    await user.click(screen.getByLabelText('Scotland'));
    await user.click(screen.getByLabelText('I am a personal assistant (PA)'));
    await user.click(screen.getByRole('button', { name: 'Continue' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Your rights as a PA' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/en/');
    expect(screen.getByRole('link', { name: /Scotland · PA/ })).toHaveAttribute('href', '/en/settings');
  });

  it('shows the role-shaped home page straight away once preferences are saved', async () => {
    await savePreferences({ locale: 'en', nation: 'wales', role: 'rep' });
    renderApp('/en/');
    expect(await screen.findByRole('heading', { level: 1, name: 'Supporting PAs and employers' })).toBeInTheDocument();
    expect(await screen.findByRole('link', { name: 'Home visit' })).toHaveAttribute('href', '/en/checklists/home-visit');
  });

  it('lists each shipped language in its own name, linking to the same page in that language', async () => {
    await savePreferences({ locale: 'en', nation: 'england', role: 'employer' });
    renderApp('/cy/guides');
    await screen.findByRole('heading', { level: 1 });
    const english = await screen.findByRole('link', { name: 'English' });
    expect(english).toHaveAttribute('href', '/en/guides');
    expect(english).toHaveAttribute('lang', 'en-GB');
    // A language still being translated is listed only while someone is reading it.
    expect(screen.getByRole('link', { name: 'Cymraeg' })).toHaveAttribute('aria-current', 'true');
  });

  it('answers an unknown page with a real 404 page', async () => {
    renderApp('/en/no-such-page');
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to the home page' })).toHaveAttribute('href', '/en/');
  });

  it('answers an unknown locale with the 404 page in the saved language', async () => {
    await savePreferences({ locale: 'en', nation: 'england', role: 'pa' });
    renderApp('/zz/guides');
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
    await waitFor(() => expect(document.documentElement.lang).toBe('en-GB'));
  });

  it('says a guide does not exist when its id is unknown', async () => {
    await savePreferences({ locale: 'en', nation: 'england', role: 'pa' });
    renderApp('/en/guides/not-a-guide');
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
  });
});

describe('pathInLocale', () => {
  it('swaps only the locale segment', () => {
    expect(pathInLocale('/en/guides/minimum-wage', 'cy')).toBe('/cy/guides/minimum-wage');
    expect(pathInLocale('/en/', 'cy')).toBe('/cy/');
  });
});
