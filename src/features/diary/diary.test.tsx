// @vitest-environment jsdom
import { configure, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { createPayslip, createShift, loadDraft, saveDraft, type ShiftInput } from '../../storage';
import { renderRoute, setUpPageTests } from '../../testing/render-route';
import { DiaryPage } from './diary-page';
import { HolidayPage } from './holiday-page';
import { MINIMUM_WAGE_DRAFT_KEY } from './minimum-wage-draft';
import { NewPayslipPage, PayslipPage } from './payslip-page';
import { EditShiftPage, NewShiftPage } from './shift-page';

configure({ asyncUtilTimeout: 5000 });
vi.setConfig({ testTimeout: 20_000 });

setUpPageTests();

function renderAt(path: string) {
  return renderRoute(
    [
      { path: '/:locale/diary', element: <DiaryPage /> },
      { path: '/:locale/diary/shifts/new', element: <NewShiftPage /> },
      { path: '/:locale/diary/shifts/:shiftId', element: <EditShiftPage /> },
      { path: '/:locale/diary/payslips/new', element: <NewPayslipPage /> },
      { path: '/:locale/diary/payslips/:payslipId', element: <PayslipPage /> },
      { path: '/:locale/diary/holiday', element: <HolidayPage /> },
      { path: '/:locale/tools/minimum-wage', element: <p>Minimum wage check</p> },
    ],
    path,
  );
}

const shift = (change: Partial<ShiftInput> = {}): ShiftInput => ({
  date: '2026-03-02',
  start: '09:00',
  end: '17:00',
  employer: 'Mrs B',
  travelMinutes: 0,
  trainingMinutes: 0,
  sleepIn: false,
  sleepInAwakeMinutes: 0,
  note: '',
  ...change,
});

describe('adding shifts', () => {
  it('fills in a week day after day, keeping the usual times and employer', async () => {
    const user = userEvent.setup();
    const router = renderAt('/en/diary/shifts/new?date=2026-03-02');
    const date = await screen.findByLabelText('Date the shift started');
    expect(date).toHaveValue('2026-03-02');
    fireEvent.change(screen.getByLabelText('Start time'), { target: { value: '22:00' } });
    fireEvent.change(screen.getByLabelText('End time'), { target: { value: '07:00' } });
    await user.type(screen.getByLabelText(/Who you worked for/), 'Mrs B');
    await user.type(screen.getByLabelText(/Travel time between visits/), '20');
    await user.click(screen.getByRole('radio', { name: 'Yes' }));
    await user.type(await screen.findByLabelText('Time awake for work during the sleep-in'), '0:45');
    await user.click(screen.getByRole('button', { name: 'Save and add the next day' }));

    expect(await screen.findByText('Shift on 2 March 2026 saved. Now add the next day.')).toBeInTheDocument();
    expect(screen.getByLabelText('Date the shift started')).toHaveValue('2026-03-03');
    expect(screen.getByLabelText('Start time')).toHaveValue('22:00');
    expect(screen.getByLabelText(/Who you worked for/)).toHaveValue('Mrs B');
    await user.click(screen.getByRole('radio', { name: 'No' }));
    await user.click(screen.getByRole('button', { name: 'Save the shift' }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/en/diary'));
    const list = await screen.findByTestId('shift-list');
    expect(within(list).getAllByRole('heading').map((heading) => heading.textContent)).toEqual(['Week starting Monday, 2 March 2026']);
    expect(within(list).getByText('Worked this week: 18 hours')).toBeInTheDocument();
    expect(within(list).getAllByRole('listitem')).toHaveLength(2);
    expect(list).toHaveTextContent('sleep-in, awake for work 45 minutes');
  });

  it('says what is wrong with a shift at each field', async () => {
    const user = userEvent.setup();
    renderAt('/en/diary/shifts/new');
    await user.type(await screen.findByLabelText(/Travel time between visits/), 'an hour');
    await user.click(screen.getByRole('button', { name: 'Save the shift' }));
    const summary = await screen.findByRole('alert');
    expect(within(summary).getAllByRole('link').map((link) => link.textContent)).toEqual([
      'Enter the time the shift started',
      'Enter the time the shift ended',
      'Enter travel time in minutes, like 45, or hours and minutes, like 1:30',
      'Say whether this was a sleep-in',
    ]);
  });
});

describe('a payslip', () => {
  it('shows the shifts in its period and opens the minimum wage check with them filled in', async () => {
    const user = userEvent.setup();
    await createShift(shift({ date: '2026-03-02', travelMinutes: 30 }));
    await createShift(shift({ date: '2026-03-03', start: '22:00', end: '07:00', sleepIn: true, sleepInAwakeMinutes: 60 }));
    await createShift(shift({ date: '2026-03-04', employer: 'Someone else' }));
    await saveDraft(MINIMUM_WAGE_DRAFT_KEY, { asker: 'pa', age: '30', apprentice: 'no', accommodation: 'no' });
    const payslip = await createPayslip({ periodStart: '2026-03-01', periodEnd: '2026-03-31', employer: 'Mrs B', grossPence: 18_000, taxAndPensionPence: 0, employerDeductionsPence: 2_000, note: '' });
    if (!payslip.ok) throw new Error('no payslip');

    const router = renderAt(`/en/diary/payslips/${payslip.id}`);
    expect(await screen.findByText('Your diary has 2 shifts for Mrs B in this period.')).toBeInTheDocument();
    expect(screen.getByText('17 hours')).toBeInTheDocument();
    expect(screen.getByText('1 sleep-in, awake for work 1 hour')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Check this pay period against the minimum wage' }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/en/tools/minimum-wage'));
    expect(await loadDraft(MINIMUM_WAGE_DRAFT_KEY)).toMatchObject({
      asker: 'pa',
      age: '30',
      periodStart: { day: '1', month: '3', year: '2026' },
      periodEnd: { day: '31', month: '3', year: '2026' },
      basicHours: '17:00',
      travelHours: '0:30',
      sleepInHours: '1:00',
      grossPay: '180',
      deductions: '20',
    });
  });

  it('is entered with its pay period and both kinds of deduction', async () => {
    const user = userEvent.setup();
    const router = renderAt('/en/diary/payslips/new');
    fireEvent.change(await screen.findByLabelText('First day of the pay period'), { target: { value: '2026-03-01' } });
    fireEvent.change(screen.getByLabelText('Last day of the pay period'), { target: { value: '2026-03-31' } });
    await user.type(screen.getByLabelText('Gross pay'), '1,250.50');
    await user.type(screen.getByLabelText(/Other money your employer kept/), '25');
    await user.click(screen.getByRole('button', { name: 'Save the payslip' }));
    await screen.findByRole('heading', { level: 1, name: 'Payslip for 1 March 2026 to 31 March 2026' });
    expect(router.state.location.pathname).toMatch(/^\/en\/diary\/payslips\/id-/);
    expect(screen.getByText('£1,225.50')).toBeInTheDocument();
  });
});

describe('holiday', () => {
  it('counts holiday taken against the entitlement', async () => {
    const user = userEvent.setup();
    renderAt('/en/diary/holiday');
    fireEvent.change(await screen.findByLabelText('The day your leave year starts'), { target: { value: '2026-04-01' } });
    await user.type(screen.getByLabelText('Hours of holiday in the leave year'), '224');
    await user.click(screen.getByRole('button', { name: 'Save entitlement' }));
    fireEvent.change(await screen.findByLabelText('Day of holiday'), { target: { value: '2026-04-03' } });
    await user.type(screen.getByLabelText('Hours of holiday'), '7.5');
    await user.click(screen.getByRole('button', { name: 'Add holiday' }));
    const summary = await screen.findByTestId('holiday-summary');
    await waitFor(() => expect(summary).toHaveTextContent('Taken7 hours 30 minutes'));
    expect(summary).toHaveTextContent('Left216 hours 30 minutes');
  });
});
