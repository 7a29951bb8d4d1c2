// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { freshStorage, resetStorage } from '../../../storage/testing/fresh-storage';
import { next, renderTools } from '../testing/render-tools';

beforeEach(() => {
  freshStorage();
});

afterEach(async () => {
  cleanup();
  vi.restoreAllMocks();
  await resetStorage();
});


describe('cost of employing a PA', { timeout: 30_000 }, () => {
  it('costs the year, shows the gap in the council rate and a letter to copy', async () => {
    const user = userEvent.setup();
    await renderTools('/en/tools/employment-cost/pay');
    await user.type(await screen.findByLabelText('What hourly wage do you pay, or want to pay?'), '12.71');
    await user.type(screen.getByLabelText('How many hours a week does the PA work?'), '20');
    await user.type(screen.getByLabelText('How old is the PA?'), '30');
    expect(screen.queryByRole('group', { name: 'Is the PA over State Pension age?' })).not.toBeInTheDocument();
    await next(user);

    await screen.findByRole('heading', { level: 1, name: 'Your other costs' });
    await user.click(within(screen.getByRole('group', { name: 'Do you claim the Employment Allowance?' })).getByRole('radio', { name: 'No' }));
    await user.type(screen.getByLabelText("Employers' liability and other insurance (optional)"), '100');
    await user.type(screen.getByLabelText('Payroll service (optional)'), '150');
    await next(user);

    await screen.findByRole('heading', { level: 1, name: 'Your direct payment' });
    await user.click(within(screen.getByRole('group', { name: 'Do you want to check a direct payment rate?' })).getByRole('radio', { name: 'Yes' }));
    await user.type(screen.getByLabelText('What does the council pay for each hour of support?'), '15');
    await user.click(within(screen.getByRole('group', { name: 'Is the job in London?' })).getByRole('radio', { name: 'No' }));
    await next(user);
    await user.click(await screen.findByRole('button', { name: 'See the result' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Employing this PA costs £14,910.51 a year' })).toBeInTheDocument();
    expect(screen.getByText('That is £16.07 for each hour of support, with holiday cover costed the same way.')).toBeInTheDocument();
    expect(screen.getByText(/It is £1.07 an hour short: about £992.96 a year\./)).toBeInTheDocument();
    expect(screen.getByText('At £15.00 an hour, the highest hourly wage that covers all these costs is £11.90.')).toBeInTheDocument();

    const letter = screen.getByRole('region', { name: 'A letter asking the council to review the rate' });
    expect(within(letter).getByText(/does not cover the cost of paying the National Minimum Wage of £12.71 an hour/)).toBeInTheDocument();
    const writeText = vi.fn(() => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    await user.click(within(letter).getByRole('button', { name: 'Copy the letter' }));
    expect(await screen.findByText('The letter has been copied. You can paste it into an email.')).toBeInTheDocument();
    const copied = (writeText.mock.calls[0] as unknown as [string])[0];
    expect(copied).toMatch(/^Dear Direct Payments Team,/);
    expect(copied).toContain('For 20 hours a week at £12.71 an hour, the cost for a year is £14,910.51');
  });
});
