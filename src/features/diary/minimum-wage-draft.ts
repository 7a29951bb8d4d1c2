import { shiftWorkedMinutes, type Payslip, type Shift } from '../../storage';
import { penceToInput } from './duration';

/**
 * The minimum wage calculator keeps its answers in the draft 'tool:minimum-wage' as the text of
 * each box. The diary fills in that draft for one pay period, so "Check this pay period" opens the
 * calculator with the hours and pay already there. The field names mirror the calculator's form
 * (src/features/tools/minimum-wage/minimum-wage-form.ts); a contract test keeps them in step.
 */
export const MINIMUM_WAGE_DRAFT_KEY = 'tool:minimum-wage';

export interface DateBoxes {
  day: string;
  month: string;
  year: string;
}

export interface MinimumWageDraft {
  asker: string;
  age: string;
  apprentice: string;
  apprenticeFirstYear: string;
  periodStart: DateBoxes;
  periodEnd: DateBoxes;
  basicHours: string;
  travelHours: string;
  trainingHours: string;
  waitingHours: string;
  sleepInHours: string;
  grossPay: string;
  premiumPay: string;
  deductions: string;
  accommodation: string;
  accommodationDays: string;
  accommodationCharge: string;
}

/** Answers about the PA rather than the period: kept from an earlier check, so they are not asked again. */
const ABOUT_THE_PA = ['asker', 'age', 'apprentice', 'apprenticeFirstYear', 'accommodation', 'accommodationDays', 'accommodationCharge'] as const;

export interface PeriodTotals {
  /** The shifts counted: in the pay period and, when the payslip names an employer, for that employer. */
  shifts: Shift[];
  workedMinutes: number;
  travelMinutes: number;
  trainingMinutes: number;
  sleepIns: number;
  sleepInAwakeMinutes: number;
}

const sameEmployer = (a: string, b: string) => a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase();

/** What the diary holds for a payslip's period: every hour that counts as working time. */
export function periodTotals(shifts: readonly Shift[], payslip: Pick<Payslip, 'periodStart' | 'periodEnd' | 'employer'>): PeriodTotals {
  const counted = shifts.filter(
    (shift) =>
      shift.date >= payslip.periodStart &&
      shift.date <= payslip.periodEnd &&
      (payslip.employer.trim() === '' || sameEmployer(shift.employer, payslip.employer)),
  );
  return {
    shifts: counted,
    workedMinutes: counted.reduce((sum, shift) => sum + shiftWorkedMinutes(shift), 0),
    travelMinutes: counted.reduce((sum, shift) => sum + shift.travelMinutes, 0),
    trainingMinutes: counted.reduce((sum, shift) => sum + shift.trainingMinutes, 0),
    sleepIns: counted.filter((shift) => shift.sleepIn).length,
    sleepInAwakeMinutes: counted.reduce((sum, shift) => sum + (shift.sleepIn ? shift.sleepInAwakeMinutes : 0), 0),
  };
}

/** Hours as the calculator's box takes them: "31:30"; blank for none. */
export function hoursBox(minutes: number, { blankWhenZero = true } = {}): string {
  if (minutes === 0 && blankWhenZero) return '';
  return `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}`;
}

function dateBoxes(iso: string): DateBoxes {
  const [year = '', month = '', day = ''] = iso.split('-');
  return { day: String(Number(day)), month: String(Number(month)), year };
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

/**
 * The calculator's draft for this payslip's period: dates, hours by kind and pay from the diary;
 * answers about the PA (age, apprenticeship, accommodation) kept from the existing draft, if any.
 */
export function minimumWageDraftFor(totals: PeriodTotals, payslip: Payslip, existing: unknown): MinimumWageDraft {
  const before = existing !== null && typeof existing === 'object' ? (existing as Record<string, unknown>) : {};
  const kept = Object.fromEntries(ABOUT_THE_PA.map((field) => [field, text(before[field])])) as Record<(typeof ABOUT_THE_PA)[number], string>;
  return {
    ...kept,
    asker: kept.asker || 'pa',
    periodStart: dateBoxes(payslip.periodStart),
    periodEnd: dateBoxes(payslip.periodEnd),
    basicHours: hoursBox(totals.workedMinutes, { blankWhenZero: false }),
    travelHours: hoursBox(totals.travelMinutes),
    trainingHours: hoursBox(totals.trainingMinutes),
    waitingHours: '',
    sleepInHours: hoursBox(totals.sleepInAwakeMinutes),
    grossPay: penceToInput(payslip.grossPence),
    premiumPay: '',
    deductions: payslip.employerDeductionsPence > 0 ? penceToInput(payslip.employerDeductionsPence) : '',
  };
}
