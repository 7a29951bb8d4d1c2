// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { saveResult } from '../../storage';
import { freshStorage, resetStorage } from '../../storage/testing/fresh-storage';
import { evaluateHoliday, INITIAL_HOLIDAY_FORM, type HolidayForm } from './holiday/holiday-form';
import { renderTools, TEST_TODAY } from './testing/render-tools';

beforeEach(() => {
  freshStorage();
});

afterEach(async () => {
  cleanup();
  await resetStorage();
});

const holidayForm: HolidayForm = {
  ...INITIAL_HOLIDAY_FORM,
  nation: 'scotland',
  pattern: 'days-per-week',
  leaveYearStart: { day: '1', month: '1', year: '2026' },
  startedInYear: 'no',
  leavingInYear: 'no',
  daysPerWeek: '4',
};

async function saveHoliday(label: string) {
  const evaluation = evaluateHoliday(holidayForm, TEST_TODAY);
  if (!evaluation.ok) throw new Error('example should be valid');
  const saved = await saveResult({ tool: 'holiday', label, input: holidayForm, result: evaluation.result });
  if (!saved.ok) throw new Error('could not save');
  return saved.id;
}

describe('saved results', { timeout: 30_000 }, () => {
  it('lists a saved result and reopens it with its workings, without offering to save it again', async () => {
    const user = userEvent.setup();
    await saveHoliday('Jo, 2026');
    await renderTools('/en/tools/saved');
    await user.click(await screen.findByRole('link', { name: 'Jo, 2026' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'The holiday entitlement is 22.4 days' })).toBeInTheDocument();
    expect(screen.getByText('For a whole leave year: 5.6 weeks × 4 days a week = 22.4 days.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Save to this device' })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Use these answers again' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Check your answers' })).toBeInTheDocument();
    expect(screen.getByText('Scotland')).toBeInTheDocument();
  });

  it('says when a saved result cannot be read, and lets it be deleted', async () => {
    const user = userEvent.setup();
    const broken = await saveResult({ tool: 'holiday', label: 'Damaged', input: { nation: 'x' }, result: { ok: true, steps: 'no' } });
    if (!broken.ok) throw new Error('could not save');
    await renderTools(`/en/tools/saved/${broken.id}`);
    expect(await screen.findByRole('heading', { level: 1, name: 'This result cannot be shown' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Delete' }));
    await user.click(screen.getByRole('button', { name: 'Yes, delete it' }));
    expect(await screen.findByText(/You have not saved any results/)).toBeInTheDocument();
  });

  it('says when there is no saved result at the address', async () => {
    await renderTools('/en/tools/saved/nothing-here');
    expect(await screen.findByRole('heading', { level: 1, name: 'Saved result not found' })).toBeInTheDocument();
  });
});
