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



describe('statutory sick pay', { timeout: 30_000 }, () => {
  it('asks about the sickness, days worked and pay, then shows SSP week by week', async () => {
    const user = userEvent.setup();
    await renderTools('/en/tools/sick-pay/sickness');
    await user.click(await screen.findByRole('radio', { name: 'Scotland' }));
    await fillDate(user, 'What was the first day the PA was too ill to work?', '4', '5', '2026');
    await fillDate(user, 'What was the last day the PA was too ill to work?', '15', '5', '2026');
    await next(user);

    await screen.findByRole('heading', { level: 1, name: 'Work and pay' });
    await next(user);
    const summary = await screen.findByRole('alert');
    expect(within(summary).getAllByRole('link').map((link) => link.textContent)).toEqual([
      'Choose the days of the week the PA normally works',
      "Enter the PA's average weekly earnings before tax",
    ]);
    for (const day of ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday']) {
      await user.click(screen.getByRole('checkbox', { name: day }));
    }
    await user.type(screen.getByLabelText("What are the PA's average weekly earnings?"), '300');
    await next(user);

    await screen.findByRole('heading', { level: 1, name: 'Earlier sickness' });
    expect(screen.getByRole('group', { name: 'Was the PA off sick in the 8 weeks before this sickness?' })).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'No' }));
    await next(user);

    await screen.findByRole('heading', { level: 1, name: 'Check your answers' });
    expect(screen.getByText('Monday, Tuesday, Wednesday, Thursday, Friday')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'See the result' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Statutory Sick Pay for this sickness: £246.50' })).toBeInTheDocument();
    const workings = screen.getByRole('region', { name: 'How this was worked out' }).querySelector('ol');
    const steps = [...(workings?.children ?? [])].map((item) => item.textContent);
    expect(steps[0]).toBe(
      'The sickness started on or after 6 April 2026, when SSP changed: it is paid from the first day of sickness, and there is no lower earnings limit.',
    );
    expect(steps).toContain('Week 3 May 2026 to 9 May 2026: £123.255 days paid');
    expect(steps.at(-1)).toBe('In total: 10 days paid, £246.50.');
  });
});
