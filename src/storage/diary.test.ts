// @vitest-environment jsdom
import { cleanup, renderHook, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { addHoliday, deleteHoliday, leaveYearEnd, setHolidayEntitlement, useHolidaySummary } from './holidays';
import { createPayslip, deletePayslip, updatePayslip, usePayslip, usePayslips, type PayslipInput } from './payslips';
import {
  createShift,
  deleteShift,
  shiftWorkedMinutes,
  updateShift,
  useEmployerLabels,
  useShifts,
  useShiftsBetween,
  type ShiftInput,
} from './shifts';
import { openedDatabase } from './storage-health';
import { freshStorage, resetStorage } from './testing/fresh-storage';

afterEach(async () => {
  cleanup();
  await resetStorage();
});

const shift = (change: Partial<ShiftInput> = {}): ShiftInput => ({
  date: '2026-03-02',
  start: '09:00',
  end: '17:00',
  employer: ' Mrs B ',
  travelMinutes: 30,
  trainingMinutes: 0,
  sleepIn: false,
  sleepInAwakeMinutes: 0,
  note: '',
  ...change,
});

const payslip = (change: Partial<PayslipInput> = {}): PayslipInput => ({
  periodStart: '2026-03-01',
  periodEnd: '2026-03-31',
  employer: 'Mrs B',
  grossPence: 150_000,
  taxAndPensionPence: 10_000,
  employerDeductionsPence: 2_500,
  note: '',
  ...change,
});

async function idOf(promise: Promise<{ ok: true; id: string } | { ok: false }>): Promise<string> {
  const result = await promise;
  if (!result.ok) throw new Error('write failed');
  return result.id;
}

function ready<T>(state: { status: string; value?: T }): T {
  if (state.status !== 'ready') throw new Error(`not ready: ${state.status}`);
  return state.value as T;
}

describe('shiftWorkedMinutes', () => {
  it('counts a day shift from start to end and a night shift over midnight', () => {
    expect(shiftWorkedMinutes({ start: '09:00', end: '17:30' })).toBe(510);
    expect(shiftWorkedMinutes({ start: '22:00', end: '07:00' })).toBe(540);
    expect(shiftWorkedMinutes({ start: '08:00', end: '08:00' })).toBe(24 * 60);
  });
});

describe('shifts', () => {
  it('are stored trimmed, and a time awake only counts on a sleep-in', async () => {
    freshStorage();
    const id = await idOf(createShift(shift({ sleepIn: false, sleepInAwakeMinutes: 40 })));
    expect(await openedDatabase()?.shifts.get(id)).toMatchObject({ employer: 'Mrs B', sleepIn: false, sleepInAwakeMinutes: 0 });
    expect(await updateShift(id, shift({ sleepIn: true, sleepInAwakeMinutes: 40 }))).toEqual({ ok: true });
    expect(await openedDatabase()?.shifts.get(id)).toMatchObject({ sleepIn: true, sleepInAwakeMinutes: 40 });
    expect(await deleteShift(id)).toEqual({ ok: true });
    expect(await updateShift(id, shift())).toMatchObject({ ok: false, reason: 'not-found' });
  });

  it('list newest first, a page at a time, and by period', async () => {
    freshStorage();
    for (const date of ['2026-03-01', '2026-03-05', '2026-02-27', '2026-03-31', '2026-04-01']) await idOf(createShift(shift({ date })));
    const list = renderHook(() => useShifts(3));
    await waitFor(() => expect(list.result.current.status).toBe('ready'));
    expect(ready(list.result.current).total).toBe(5);
    expect(ready(list.result.current).shifts.map((s) => s.date)).toEqual(['2026-04-01', '2026-03-31', '2026-03-05']);

    const march = renderHook(() => useShiftsBetween('2026-03-01', '2026-03-31'));
    await waitFor(() => expect(march.result.current.status).toBe('ready'));
    expect(ready(march.result.current).map((s) => s.date)).toEqual(['2026-03-01', '2026-03-05', '2026-03-31']);
  });

  it('suggest the employers worked for, most often first', async () => {
    freshStorage();
    await idOf(createShift(shift({ employer: 'Mr C' })));
    await idOf(createShift(shift({ employer: 'Mrs B' })));
    await idOf(createShift(shift({ employer: 'Mrs B' })));
    await idOf(createShift(shift({ employer: '' })));
    const { result } = renderHook(() => useEmployerLabels());
    await waitFor(() => expect(result.current).toEqual({ status: 'ready', value: ['Mrs B', 'Mr C'] }));
  });
});

describe('payslips', () => {
  it('are kept, changed, listed latest period first and deleted', async () => {
    freshStorage();
    const march = await idOf(createPayslip(payslip()));
    const feb = await idOf(createPayslip(payslip({ periodStart: '2026-02-01', periodEnd: '2026-02-28' })));
    expect(await updatePayslip(feb, payslip({ periodStart: '2026-02-01', periodEnd: '2026-02-28', grossPence: 1 }))).toEqual({ ok: true });
    const list = renderHook(() => usePayslips(10));
    await waitFor(() => expect(list.result.current.status).toBe('ready'));
    expect(ready(list.result.current).payslips.map((p) => [p.id, p.grossPence])).toEqual([
      [march, 150_000],
      [feb, 1],
    ]);
    const one = renderHook(() => usePayslip(march));
    await waitFor(() => expect(one.result.current.status).toBe('ready'));
    expect(ready(one.result.current)).toMatchObject({ employerDeductionsPence: 2_500 });
    expect(await deletePayslip(march)).toEqual({ ok: true });
    await waitFor(() => expect(one.result.current).toEqual({ status: 'ready', value: null }));
  });
});

describe('holiday', () => {
  it('counts what was taken in the leave year against the entitlement', async () => {
    freshStorage();
    expect(leaveYearEnd('2026-04-01')).toBe('2027-04-01');
    await setHolidayEntitlement({ leaveYearStart: '2026-04-01', minutes: 60 * 100 });
    await idOf(addHoliday({ date: '2026-03-31', minutes: 480, employer: '', note: 'last year' }));
    const first = await idOf(addHoliday({ date: '2026-04-01', minutes: 480, employer: 'Mrs B', note: '' }));
    await idOf(addHoliday({ date: '2026-08-10', minutes: 240, employer: 'Mrs B', note: '' }));
    const { result } = renderHook(() => useHolidaySummary());
    await waitFor(() => expect(result.current.status === 'ready' && result.current.value.taken).toHaveLength(2));
    expect(ready(result.current)).toMatchObject({ takenMinutes: 720, remainingMinutes: 6000 - 720 });
    await deleteHoliday(first);
    await waitFor(() => expect(ready(result.current).takenMinutes).toBe(240));
  });

  it('lists all holiday, with nothing remaining to show, before an entitlement is set', async () => {
    freshStorage();
    await idOf(addHoliday({ date: '2020-01-01', minutes: 60, employer: '', note: '' }));
    const { result } = renderHook(() => useHolidaySummary());
    await waitFor(() => expect(result.current.status).toBe('ready'));
    expect(ready(result.current)).toMatchObject({ entitlement: null, takenMinutes: 60, remainingMinutes: null });
  });
});
