// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { act, cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadDraft } from '../../../storage';
import { freshStorage, resetStorage } from '../../../storage/testing/fresh-storage';
import { fillDate, next, renderTools } from '../testing/render-tools';

beforeEach(() => {
  freshStorage();
});

afterEach(async () => {
  cleanup();
  vi.restoreAllMocks();
  await resetStorage();
});


/** The answer shown beside a question on "check your answers". */
function answerFor(container: HTMLElement, question: string): string | null | undefined {
  const term = [...container.querySelectorAll('dt')].find((dt) => dt.textContent === question);
  return term?.nextElementSibling?.textContent;
}


/** Fills every step for the worked example and stops on "Check your answers". */
async function answerWorkedExample(user: UserEvent) {
  await user.click(await screen.findByRole('link', { name: 'Start now' }));
  await screen.findByRole('heading', { level: 1, name: 'About the PA' });
  expect(screen.getByText('Step 1 of 5')).toBeInTheDocument();
  await user.click(screen.getByRole('radio', { name: 'I am the PA, checking my own pay' }));
  await user.type(screen.getByLabelText('How old were you on the first day of the pay period?'), '30');
  await user.click(within(screen.getByRole('group', { name: 'Are you an apprentice?' })).getByRole('radio', { name: 'No' }));
  await next(user);

  await screen.findByRole('heading', { level: 1, name: 'The pay period' });
  expect(screen.getByText('Step 2 of 5')).toBeInTheDocument();
  await fillDate(user, 'What was the first day of the pay period?', '1', '4', '2026');
  await fillDate(user, 'What was the last day of the pay period?', '30', '4', '2026');
  await next(user);

  await screen.findByRole('heading', { level: 1, name: 'Hours worked in the pay period' });
  await user.type(screen.getByLabelText('Hours on shift'), '40');
  await user.type(screen.getByLabelText('Travel between visits (optional)'), '5');
  await next(user);

  await screen.findByRole('heading', { level: 1, name: 'Pay for the pay period' });
  await user.type(screen.getByLabelText('What was your gross pay for the pay period?'), '£500');
  await next(user);

  await screen.findByRole('heading', { level: 1, name: 'Accommodation' });
  await user.click(screen.getByRole('radio', { name: 'No' }));
  await next(user);
  await screen.findByRole('heading', { level: 1, name: 'Check your answers' });
}

describe('minimum wage check', { timeout: 30_000 }, () => {
  it('goes from the questions through check your answers to the result with its workings', async () => {
    const user = userEvent.setup();
    await renderTools('/en/tools/minimum-wage');
    await answerWorkedExample(user);

    const answers = screen.getByRole('region', { name: 'Hours worked in the pay period' });
    expect(answerFor(answers, 'Travel between visits')).toBe('5 hours');
    expect(answerFor(answers, 'Hours on shift')).toBe('40 hours');
    expect(answerFor(answers, 'Training')).toBe('Not given');
    expect(answerFor(document.body, 'Gross pay')).toBe('£500.00');
    expect(answerFor(document.body, 'First day of the pay period')).toBe('1 April 2026');

    await user.click(screen.getByRole('button', { name: 'See the result' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'You were paid £71.95 less than the minimum wage' })).toBeInTheDocument();
    expect(screen.getByText("Your employer owes you £71.95 at today's rate.")).toBeInTheDocument();

    const steps = within(screen.getByRole('region', { name: 'How this was worked out' })).getAllByRole('listitem');
    const text = steps.map((step) => step.textContent).join('\n');
    expect(text).toContain('The pay period ran from 1 April 2026 to 30 April 2026: 30 days.');
    expect(text).toContain('The minimum wage for someone aged 30 on 1 April 2026 was £12.71 an hour (National Living Wage, 21 and over, in force from 1 April 2026).');
    expect(text).toContain('Hours that count as work: 45 hours.');
    expect(text).toContain('travelling between visits: 5 hours');
    expect(text).toContain('Pay that counts for the minimum wage: £500.00.');
    expect(text).toContain('The minimum pay for 45 hours at £12.71 an hour is £571.95.');
    expect(text).toContain('Pay that counts (£500.00) is £71.95 less than the minimum pay (£571.95).');
    expect(text).toContain('so the amount owed is the shortfall: £71.95.');

    const guides = screen.getByRole('link', { name: 'What counts as working time' });
    expect(guides).toHaveAttribute('href', '/en/guides/minimum-wage#working-time');
    expect(screen.getByRole('link', { name: 'If pay is too low' })).toHaveAttribute('href', '/en/guides/minimum-wage#underpaid');
  });

  it('shows an error summary linked to each field, and the message at the field', async () => {
    const user = userEvent.setup();
    await renderTools('/en/tools/minimum-wage/about');
    await screen.findByRole('heading', { level: 1, name: 'About the PA' });
    await user.type(screen.getByLabelText('How old was the PA on the first day of the pay period?'), 'thirty');
    await next(user);

    const summary = await screen.findByRole('alert');
    const links = within(summary).getAllByRole('link');
    expect(links.map((link) => link.textContent)).toEqual([
      'Choose who is doing this check',
      "The PA's age must be a number, like 30",
      'Choose yes if the PA is an apprentice',
    ]);
    expect(links[1]).toHaveAttribute('href', '#mw-age');
    expect(document.getElementById('mw-age-error')).toHaveTextContent("Error: The PA's age must be a number, like 30");
    expect(screen.getByLabelText('How old was the PA on the first day of the pay period?')).toHaveAttribute('aria-invalid', 'true');
    await user.click(links[0]!);
    expect(document.activeElement).toBe(document.getElementById('mw-asker-first'));
    expect(document.title).toMatch(/^Error: About the PA/);
  });

  it('says what is wrong with impossible and future dates', async () => {
    const user = userEvent.setup();
    await renderTools('/en/tools/minimum-wage/pay-period');
    await screen.findByRole('heading', { level: 1, name: 'The pay period' });
    await fillDate(user, 'What was the first day of the pay period?', '1', '12', '2026');
    await fillDate(user, 'What was the last day of the pay period?', '31', '11', '2026');
    await next(user);
    const summary = await screen.findByRole('alert');
    expect(within(summary).getAllByRole('link').map((link) => link.textContent)).toEqual([
      'The pay period cannot start after today. You can only check a period that has started',
      'The last day of the pay period must be a real date',
    ]);
    expect(within(summary).getAllByRole('link')[1]).toHaveAttribute('href', '#mw-periodEnd-day');
  });

  it('brings back typed answers after the page is closed and opened again, until Start again', async () => {
    const user = userEvent.setup();
    const first = await renderTools('/en/tools/minimum-wage/hours');
    await user.type(await screen.findByLabelText('Hours on shift'), '37:30');
    await waitFor(async () => expect(await loadDraft('tool:minimum-wage')).toMatchObject({ basicHours: '37:30' }));
    first.unmount();

    await renderTools('/en/tools/minimum-wage/hours');
    expect(await screen.findByLabelText('Hours on shift')).toHaveValue('37:30');

    await user.click(screen.getByRole('button', { name: 'Start again' }));
    await user.click(screen.getByRole('button', { name: 'Yes, clear my answers' }));
    await screen.findByRole('heading', { level: 1, name: 'About the PA' });
    expect(await loadDraft('tool:minimum-wage')).toBeUndefined();
  });

  it('saves a result with a name and lists it among saved results, which can reopen and delete it', async () => {
    const user = userEvent.setup();
    const { router } = await renderTools('/en/tools/minimum-wage');
    await answerWorkedExample(user);
    await user.click(screen.getByRole('button', { name: 'See the result' }));
    await screen.findByRole('heading', { level: 1, name: /less than the minimum wage/ });

    const label = screen.getByLabelText('Name for this result');
    expect(label).toHaveValue('Minimum wage check, 1 April 2026 to 30 April 2026');
    await user.clear(label);
    await user.type(label, 'April payslip');
    await user.click(screen.getByRole('button', { name: 'Save to this device' }));
    expect(await screen.findByText('Saved on this device as “April payslip”.')).toBeInTheDocument();

    await act(() => router.navigate('/en/tools/saved'));
    const link = await screen.findByRole('link', { name: 'April payslip' });
    expect(screen.getByText(/Minimum wage check · saved/)).toBeInTheDocument();
    await user.click(link);
    expect(await screen.findByRole('heading', { level: 1, name: 'You were paid £71.95 less than the minimum wage' })).toBeInTheDocument();
    expect(screen.getByText('Saved result: April payslip')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Delete' }));
    await user.click(screen.getByRole('button', { name: 'Yes, delete it' }));
    expect(await screen.findByText(/You have not saved any results/)).toBeInTheDocument();
  });

  it('copies the result as text, or shows the text to copy when the clipboard is not available', async () => {
    const user = userEvent.setup();
    await renderTools('/en/tools/minimum-wage');
    await answerWorkedExample(user);
    await user.click(screen.getByRole('button', { name: 'See the result' }));
    await screen.findByRole('heading', { level: 1, name: /less than the minimum wage/ });

    const writeText = vi.fn(() => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    await user.click(screen.getByRole('button', { name: 'Copy as text' }));
    await screen.findByText(/The result has been copied/);
    const copied = (writeText.mock.calls[0] as unknown as [string])[0];
    expect(copied).toContain('You were paid £71.95 less than the minimum wage');
    expect(copied).toContain('The minimum pay for 45 hours at £12.71 an hour is £571.95.');
    expect(copied).toContain('Travel between visits: 5 hours');

    Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
    await user.click(screen.getByRole('button', { name: 'Copy as text' }));
    await screen.findByText(/This browser would not copy the result/);
    expect((screen.getByLabelText('The result as text') as HTMLTextAreaElement).value).toContain('£71.95');
    expect(screen.queryByRole('button', { name: 'Share' })).not.toBeInTheDocument();
  });

  it('sends the reader back to check the answers when the result is opened with answers missing', async () => {
    await renderTools('/en/tools/minimum-wage/result');
    expect(await screen.findByRole('heading', { level: 1, name: 'Check your answers' })).toBeInTheDocument();
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'See the result' }));
    const summary = await screen.findByRole('alert');
    const missing = within(summary).getByRole('link', { name: 'Enter the gross pay for the pay period, before tax and National Insurance' });
    expect(missing).toHaveAttribute('href', '/en/tools/minimum-wage/pay?from=check');
    await user.click(missing);
    expect(await screen.findByRole('heading', { level: 1, name: 'Pay for the pay period' })).toBeInTheDocument();
    expect(document.getElementById('mw-grossPay-error')).toBeInTheDocument();
  });
});
