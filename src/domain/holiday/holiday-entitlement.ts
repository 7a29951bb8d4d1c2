import { isNation, type Nation } from '../shared/audience';
import { compareDates, isWithin, type IsoDate } from '../shared/iso-date';
import type { Pence } from '../shared/money';
import { rateOn } from '../rates';
import {
  optionalDate,
  requiredDate,
  scaledDecimal,
  wholeNumber,
  type FieldError,
  type Invalid,
  type Step,
} from '../shared/input-checks';
import {
  accrualLeave,
  averageWeekLeave,
  irregularAccrualBasisPoints,
  type IrregularMethod,
  type PayPeriod,
} from './irregular-hours';
import { leaveYearEnd, leaveYearShare, type LeaveYearShare } from './leave-year';
import {
  daysPerWeekLeave,
  hoursPerWeekLeave,
  shiftLeave,
  statutoryLeaveFrom,
  type PatternResult,
  type StatutoryLeave,
} from './regular-patterns';

/**
 * Statutory paid holiday for one leave year. Hours are whole minutes (the UI converts hours and
 * minutes), days a week may have up to two decimals (2.5), and the leave year is given by its
 * first day. `startDate` / `leavingDate` are set when the worker starts or leaves part way
 * through that leave year.
 */
interface LeaveYearFields {
  nation: Nation;
  leaveYearStart: IsoDate;
  startDate?: IsoDate | undefined;
  leavingDate?: IsoDate | undefined;
}

export type HolidayInput = LeaveYearFields &
  (
    | { pattern: 'days-per-week'; daysPerWeek: number }
    | { pattern: 'hours-per-week'; minutesPerWeek: number; daysPerWeek: number }
    | { pattern: 'compressed-hours'; minutesPerWeek: number; daysPerWeek: number }
    | {
        pattern: 'shifts';
        shiftsPerPattern: number;
        daysPerPattern: number;
        minutesPerShift?: number | undefined;
      }
    | {
        pattern: 'irregular-hours';
        /** Needed when the method is 'accrual': hours worked (and optionally pay) per pay period. */
        payPeriods?: PayPeriod[] | undefined;
        /** Needed when the method is 'average-week': minutes worked in each recent paid week. */
        referenceWeeksMinutes?: number[] | undefined;
        /** Optional: lets the 28-day cap be applied in hours (28 × an average day). */
        averageDayMinutes?: number | undefined;
      }
  );

export type HolidayPattern = HolidayInput['pattern'];

export type HolidayResult =
  | Invalid
  | {
      ok: true;
      pattern: HolidayPattern;
      /** Only for irregular hours: which rule applied (see irregular-hours.ts). */
      method?: IrregularMethod;
      days?: number;
      minutes?: number;
      shifts?: number;
      rolledUpHolidayPayPence?: Pence;
      steps: Step[];
    };

const MINUTES_PER_WEEK = 7 * 24 * 60;
const MINUTES_PER_DAY = 24 * 60;
/** A month of round-the-clock work: longer pay periods are not credible input. */
const MAX_PERIOD_MINUTES = 31 * MINUTES_PER_DAY;
const MAX_PERIODS = 400;
const MAX_REFERENCE_WEEKS = 52;
const MAX_PAY_PENCE = 100_000_000;
const PATTERNS: readonly string[] = [
  'days-per-week',
  'hours-per-week',
  'compressed-hours',
  'shifts',
  'irregular-hours',
];

function statutoryLeaveOn(date: IsoDate): StatutoryLeave | undefined {
  const weeks = rateOn('holiday.weeks', date);
  const maxDays = rateOn('holiday.max_days', date);
  return weeks && maxDays ? statutoryLeaveFrom(weeks, maxDays) : undefined;
}

function daysPerWeek(value: unknown, errors: FieldError[]): number | undefined {
  const hundredths = scaledDecimal(value, 'daysPerWeek', errors, { decimals: 2, min: 1, max: Infinity });
  if (hundredths !== undefined && hundredths > 700) {
    errors.push({ field: 'daysPerWeek', code: 'too-many-days' });
    return undefined;
  }
  return hundredths;
}

function checkLeaveYear(fields: Record<string, unknown>, errors: FieldError[]) {
  const leaveYearStart = requiredDate(fields.leaveYearStart, 'leaveYearStart', errors);
  const startDate = optionalDate(fields.startDate, 'startDate', errors);
  const leavingDate = optionalDate(fields.leavingDate, 'leavingDate', errors);
  if (leaveYearStart === undefined) return undefined;
  const end = leaveYearEnd(leaveYearStart);
  for (const [field, date] of [['startDate', startDate], ['leavingDate', leavingDate]] as const) {
    if (date !== undefined && !isWithin(date, leaveYearStart, end)) {
      errors.push({ field, code: 'outside-leave-year' });
    }
  }
  if (startDate !== undefined && leavingDate !== undefined && compareDates(leavingDate, startDate) < 0) {
    errors.push({ field: 'leavingDate', code: 'end-before-start' });
  }
  return { leaveYearStart, startDate, leavingDate };
}

function checkPayPeriods(value: unknown, errors: FieldError[]): PayPeriod[] | undefined {
  if (!Array.isArray(value) || value.length === 0) {
    errors.push({ field: 'payPeriods', code: 'required' });
    return undefined;
  }
  if (value.length > MAX_PERIODS) {
    errors.push({ field: 'payPeriods', code: 'too-large' });
    return undefined;
  }
  const before = errors.length;
  const periods = value.map((raw: unknown, index) => {
    const period = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
    const minutesWorked = wholeNumber(period.minutesWorked, `payPeriods.${index}.minutesWorked`, errors, {
      min: 0,
      max: MAX_PERIOD_MINUTES,
    });
    const payPence =
      period.payPence === undefined || period.payPence === null || period.payPence === ''
        ? undefined
        : wholeNumber(period.payPence, `payPeriods.${index}.payPence`, errors, { min: 0, max: MAX_PAY_PENCE });
    return { minutesWorked: minutesWorked ?? 0, payPence };
  });
  return errors.length === before ? periods : undefined;
}

function checkReferenceWeeks(value: unknown, errors: FieldError[]): number[] | undefined {
  if (!Array.isArray(value) || value.length === 0) {
    errors.push({ field: 'referenceWeeksMinutes', code: 'required' });
    return undefined;
  }
  if (value.length > MAX_REFERENCE_WEEKS) {
    errors.push({ field: 'referenceWeeksMinutes', code: 'too-large' });
    return undefined;
  }
  const before = errors.length;
  const weeks = value.map(
    (minutes: unknown, index) =>
      wholeNumber(minutes, `referenceWeeksMinutes.${index}`, errors, { min: 0, max: MINUTES_PER_WEEK }) ?? 0,
  );
  return errors.length === before ? weeks : undefined;
}

function optionalWhole(value: unknown, field: string, errors: FieldError[], max: number): number | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  return wholeNumber(value, field, errors, { min: 1, max });
}

type Calculation = (
  share: LeaveYearShare,
  leave: StatutoryLeave,
) => PatternResult & { method?: IrregularMethod; rolledUpHolidayPayPence?: Pence };

/** Checks the pattern's own fields and returns the calculation to run once everything is valid. */
function patternCalculation(
  fields: Record<string, unknown>,
  nation: Nation | undefined,
  leaveYearStart: IsoDate | undefined,
  errors: FieldError[],
): Calculation | undefined {
  switch (fields.pattern) {
    case 'days-per-week': {
      const days = daysPerWeek(fields.daysPerWeek, errors);
      return days === undefined ? undefined : (share, leave) => daysPerWeekLeave(days, share, leave);
    }
    case 'hours-per-week':
    case 'compressed-hours': {
      const minutes = wholeNumber(fields.minutesPerWeek, 'minutesPerWeek', errors, {
        min: 1,
        max: MINUTES_PER_WEEK,
      });
      const days = daysPerWeek(fields.daysPerWeek, errors);
      if (minutes === undefined || days === undefined) return undefined;
      return (share, leave) => hoursPerWeekLeave(minutes, days, share, leave);
    }
    case 'shifts': {
      const shifts = wholeNumber(fields.shiftsPerPattern, 'shiftsPerPattern', errors, { min: 1, max: 1000 });
      const days = wholeNumber(fields.daysPerPattern, 'daysPerPattern', errors, { min: 1, max: 1000 });
      const shiftMinutes = optionalWhole(fields.minutesPerShift, 'minutesPerShift', errors, MINUTES_PER_DAY);
      if (shifts === undefined || days === undefined) return undefined;
      return (share, leave) => shiftLeave(shifts, days, shiftMinutes, share, leave);
    }
    default: {
      const averageDay = optionalWhole(fields.averageDayMinutes, 'averageDayMinutes', errors, MINUTES_PER_DAY);
      if (nation === undefined || leaveYearStart === undefined) return undefined;
      const basisPoints = irregularAccrualBasisPoints(nation, leaveYearStart);
      if (basisPoints !== undefined) {
        const periods = checkPayPeriods(fields.payPeriods, errors);
        if (periods === undefined) return undefined;
        return (_share, leave) => ({ method: 'accrual', ...accrualLeave(periods, basisPoints, averageDay, leave) });
      }
      const weeks = checkReferenceWeeks(fields.referenceWeeksMinutes, errors);
      if (weeks === undefined) return undefined;
      return (share, leave) => ({ method: 'average-week', ...averageWeekLeave(weeks, averageDay, share, leave) });
    }
  }
}

/**
 * Statutory holiday entitlement in Great Britain (Working Time Regulations 1998) or Northern
 * Ireland (Working Time Regulations (Northern Ireland) 2016). See regular-patterns.ts,
 * leave-year.ts and irregular-hours.ts for the rules and rounding applied.
 */
export function holidayEntitlement(input: HolidayInput): HolidayResult {
  const fields = input as unknown as Record<string, unknown>;
  const errors: FieldError[] = [];
  if (typeof fields.pattern !== 'string' || !PATTERNS.includes(fields.pattern)) {
    return { ok: false, errors: [{ field: 'pattern', code: 'required' }] };
  }
  const nation = isNation(fields.nation) ? fields.nation : undefined;
  if (nation === undefined) errors.push({ field: 'nation', code: 'required' });
  const leaveYear = checkLeaveYear(fields, errors);
  const leave = leaveYear ? statutoryLeaveOn(leaveYear.leaveYearStart) : undefined;
  if (leaveYear && !leave) errors.push({ field: 'leaveYearStart', code: 'outside-rates-table' });
  const calculate = patternCalculation(fields, nation, leaveYear?.leaveYearStart, errors);
  if (errors.length > 0 || !calculate || !leaveYear || !leave) return { ok: false, errors };

  const result = calculate(leaveYearShare(leaveYear), leave);
  const first: Step = {
    id: 'statutory-leave',
    values: { weeks: leave.weeksValue / leave.weeksScale, maximumDays: leave.maxDays },
  };
  return { ok: true, pattern: input.pattern, ...result, steps: [first, ...result.steps] };
}
