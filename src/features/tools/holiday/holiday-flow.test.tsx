// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { freshStorage, resetStorage } from '../../../storage/testing/fresh-storage';
import { fillDate, next, renderTools } from '../testing/render-tools';

beforeEach(() => {
  freshStorage();
});

afterEach(async () => {
  cleanup();
  await resetStorage();
});



describe('holiday entitlement', { timeout: 30_000 }, () => {
  it('works out a starter’s holiday with the workings, after checking the answers', async () => {
    const user = userEvent.setup();
    await renderTools('/en/tools/holiday/job');
    await screen.findByRole('heading', { level: 1, name: 'The job' });
    expect(screen.getByText('Step 1 of 3')).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'England' }));
    await user.click(screen.getByRole('radio', { name: 'The same number of days each week' }));
    await next(user);

    await screen.findByRole('heading', { level: 1, name: 'The leave year' });
    await fillDate(user, 'When does the leave year start?', '1', '1', '2026');
    await user.click(within(screen.getByRole('group', { name: 'Did the PA start the job during this leave year?' })).getByRole('radio', { name: 'Yes' }));
    await fillDate(user, "What was the PA's first day?", '14', '3', '2026');
    await user.click(within(screen.getByRole('group', { name: 'Is the PA leaving the job during this leave year?' })).getByRole('radio', { name: 'No' }));
    await next(user);

    await screen.findByRole('heading', { level: 1, name: 'The working pattern' });
    await user.type(screen.getByLabelText('How many days a week does the PA work?'), '5');
    await next(user);

    await screen.findByRole('heading', { level: 1, name: 'Check your answers' });
    await user.click(screen.getByRole('button', { name: 'See the result' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'The holiday entitlement is 23.5 days' })).toBeInTheDocument();
    const workings = within(screen.getByRole('region', { name: 'How this was worked out' })).getAllByRole('listitem').map((item) => item.textContent);
    expect(workings).toEqual([
      'The legal minimum is 5.6 weeks of paid holiday a year, up to 28 days.',
      'For a whole leave year: 5.6 weeks × 5 days a week = 28 days.',
      'The PA started during the leave year, so they get 10/12 of it: one twelfth for each month from the month they started.',
      'For someone who starts during the year, 23.33 is rounded up to the next half day: 23.5.',
      'So the holiday entitlement is 23.5 days.',
    ]);
    expect(screen.getByRole('link', { name: 'Building up holiday' })).toHaveAttribute('href', '/en/guides/holiday#building-up');
  });

  it('asks for each pay period of irregular hours, adding and removing rows, with errors at the row', async () => {
    const user = userEvent.setup();
    await renderTools('/en/tools/holiday/job');
    await user.click(await screen.findByRole('radio', { name: 'Wales' }));
    await user.click(screen.getByRole('radio', { name: 'Hours that change from week to week' }));
    await next(user);
    await fillDate(user, 'When does the leave year start?', '1', '4', '2026');
    await user.click(within(screen.getByRole('group', { name: 'Did the PA start the job during this leave year?' })).getByRole('radio', { name: 'No' }));
    await user.click(within(screen.getByRole('group', { name: 'Is the PA leaving the job during this leave year?' })).getByRole('radio', { name: 'No' }));
    await next(user);

    await screen.findByRole('heading', { level: 1, name: 'Hours worked' });
    expect(screen.getByText('Step 3 of 3')).toBeInTheDocument();
    const first = screen.getByRole('group', { name: 'Pay period 1' });
    await user.type(within(first).getByLabelText('Hours worked'), '100');
    await user.click(screen.getByRole('button', { name: 'Add another pay period' }));
    await user.click(screen.getByRole('button', { name: 'Add another pay period' }));
    await user.click(screen.getByRole('button', { name: 'Remove pay period 3' }));
    await next(user);
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link', { name: 'Enter the hours worked in pay period 2, or 0' })).toHaveAttribute('href', '#hol-periodHours-1');

    await user.type(within(screen.getByRole('group', { name: 'Pay period 2' })).getByLabelText('Hours worked'), '50:30');
    await next(user);
    await user.click(await screen.findByRole('button', { name: 'See the result' }));
    expect(await screen.findByRole('heading', { level: 1, name: /of holiday built up$/ })).toBeInTheDocument();
    expect(screen.getByText(/Pay period 2: 50 hours 30 minutes worked builds up/)).toBeInTheDocument();
  });
});
