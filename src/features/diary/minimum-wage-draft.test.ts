import { describe, expect, it } from 'vitest';
import type { Payslip, Shift } from '../../storage';
// Contract test: the diary writes the calculator's draft, so it checks against the calculator's own
// reading of that draft. If the calculator's form changes shape, this fails rather than the user.
import { evaluateMinimumWage, restoreMinimumWageForm } from '../tools/minimum-wage/minimum-wage-form';
import { hoursBox, minimumWageDraftFor, periodTotals } from './minimum-wage-draft';

const stamp = '2026-03-01T10:00:00.000Z';
const shift = (date: string, change: Partial<Shift> = {}): Shift => ({
  id: date, date, start: '09:00', end: '17:00', employer: 'Mrs B', travelMinutes: 0, trainingMinutes: 0, sleepIn: false,
  sleepInAwakeMinutes: 0, note: '', createdAt: stamp, updatedAt: stamp, ...change,
});
const payslip: Payslip = {
  id: 'p', periodStart: '2026-03-01', periodEnd: '2026-03-31', employer: ' mrs b ', grossPence: 60_000, taxAndPensionPence: 5_000,
  employerDeductionsPence: 1_500, note: '', createdAt: stamp, updatedAt: stamp,
};

const shifts = [
  shift('2026-02-28'),
  shift('2026-03-02', { travelMinutes: 30 }),
  shift('2026-03-03', { start: '22:00', end: '07:00', sleepIn: true, sleepInAwakeMinutes: 45, trainingMinutes: 60 }),
  shift('2026-03-04', { employer: 'Mr C' }),
  shift('2026-03-31', { end: '12:30' }),
  shift('2026-04-01'),
];

describe('periodTotals', () => {
  it('counts the shifts in the pay period for the payslip’s employer, every kind of working time', () => {
    const totals = periodTotals(shifts, payslip);
    expect(totals.shifts.map((s) => s.date)).toEqual(['2026-03-02', '2026-03-03', '2026-03-31']);
    expect(totals).toMatchObject({ workedMinutes: 480 + 540 + 210, travelMinutes: 30, trainingMinutes: 60, sleepIns: 1, sleepInAwakeMinutes: 45 });
  });

  it('counts every employer when the payslip names none', () => {
    expect(periodTotals(shifts, { ...payslip, employer: '' }).shifts).toHaveLength(4);
  });
});

describe('minimumWageDraftFor', () => {
  it('fills in the period, hours and pay, and keeps what the PA said about themselves before', () => {
    const draft = minimumWageDraftFor(periodTotals(shifts, payslip), payslip, { asker: 'pa', age: '34', apprentice: 'no', accommodation: 'no', basicHours: '99' });
    expect(draft).toMatchObject({
      asker: 'pa',
      age: '34',
      periodStart: { day: '1', month: '3', year: '2026' },
      periodEnd: { day: '31', month: '3', year: '2026' },
      basicHours: '20:30',
      travelHours: '0:30',
      trainingHours: '1:00',
      sleepInHours: '0:45',
      grossPay: '600',
      deductions: '15',
    });
  });

  it('is read by the minimum wage calculator exactly as written, and gives a result once the PA has answered about themselves', () => {
    const draft = minimumWageDraftFor(periodTotals(shifts, payslip), payslip, { age: '34', apprentice: 'no', accommodation: 'no' });
    expect(restoreMinimumWageForm(draft)).toEqual(draft);
    const evaluation = evaluateMinimumWage(restoreMinimumWageForm(draft)!, '2026-04-15');
    expect(evaluation.ok).toBe(true);
  });

  it('asks as a PA when nothing was answered before', () => {
    const draft = minimumWageDraftFor(periodTotals([], payslip), payslip, undefined);
    expect(draft).toMatchObject({ asker: 'pa', age: '', basicHours: '0:00', travelHours: '', premiumPay: '' });
    expect(hoursBox(0)).toBe('');
  });
});
