import { rateHistory } from '../rates';
import { ageOn, isIsoDate, todayInUk, type IsoDate } from '../shared/iso-date';
import { daysInPeriod, oneMonthLimit } from './pay-reference-period';
import { countWorkingTime, SECONDS_PER_HOUR, type WorkingTime } from './working-time';
import type {
  MinimumWageError,
  MinimumWageErrorCode,
  MinimumWageHours,
  MinimumWageInput,
} from './types';

/** The checked input, ready to calculate with. */
export interface ValidInput {
  periodStart: IsoDate;
  periodEnd: IsoDate;
  days: number;
  today: IsoDate;
  age: number;
  ageFrom: 'dateOfBirth' | 'ageAtPeriodStart';
  apprentice?: { inFirstYear: boolean };
  time: WorkingTime;
  grossPayPence: number;
  premiumPayPence: number;
  deductionsForEmployerPence: number;
  accommodation?: { daysProvided: number; chargePence: number };
}

/** The first pay reference period start the rates table covers (the October 2015 rates). */
const TABLE_START: IsoDate = rateHistory('nmw.16_to_17')[0]!.from;
const MINIMUM_AGE = 16;

type Whole = 'not-a-whole-number' | 'not-whole-pence' | undefined;

class Collector {
  readonly errors: MinimumWageError[] = [];

  add(field: string, code: MinimumWageErrorCode): void {
    this.errors.push({ field, code });
  }

  /** A date field that must be given; undefined when missing or invalid (the error is recorded). */
  date(field: string, value: unknown): IsoDate | undefined {
    if (value === undefined || value === null || value === '') {
      this.add(field, 'required');
      return undefined;
    }
    if (!isIsoDate(value)) {
      this.add(field, 'not-a-date');
      return undefined;
    }
    return value;
  }

  /** A non-negative number; `fallback` when optional and missing; undefined when invalid. */
  amount(field: string, value: unknown, whole: Whole, fallback?: number): number | undefined {
    if (value === undefined || value === null) {
      if (fallback === undefined) this.add(field, 'required');
      return fallback;
    }
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      this.add(field, 'not-a-number');
      return undefined;
    }
    if (value < 0) {
      this.add(field, 'negative');
      return undefined;
    }
    if (whole !== undefined && !Number.isInteger(value)) {
      this.add(field, whole);
      return undefined;
    }
    return value;
  }
}

function checkPeriod(input: MinimumWageInput, c: Collector) {
  const start = c.date('periodStart', input.periodStart);
  const end = c.date('periodEnd', input.periodEnd);
  const today = input.today === undefined ? todayInUk() : c.date('today', input.today);
  if (start !== undefined) {
    if (start < TABLE_START) c.add('periodStart', 'before-rates-table');
    else if (today !== undefined && start > today) c.add('periodStart', 'future-period');
  }
  let days: number | undefined;
  if (start !== undefined && end !== undefined) {
    // A pay reference period is a month, or the shorter period the worker is paid for
    // (NMW Regulations 2015 reg 6).
    if (end < start) c.add('periodEnd', 'end-before-start');
    else if (end >= oneMonthLimit(start)) c.add('periodEnd', 'period-too-long');
    else days = daysInPeriod(start, end);
  }
  return { start, end, today, days };
}

function checkAge(input: MinimumWageInput, start: IsoDate | undefined, c: Collector) {
  const hasAge = input.ageAtPeriodStart !== undefined;
  const hasBirth = input.dateOfBirth !== undefined;
  if (!hasAge && !hasBirth) {
    c.add('ageAtPeriodStart', 'required');
    return undefined;
  }
  const givenAge = hasAge
    ? c.amount('ageAtPeriodStart', input.ageAtPeriodStart, 'not-a-whole-number')
    : undefined;
  const birth = hasBirth ? c.date('dateOfBirth', input.dateOfBirth) : undefined;
  // The rate follows the worker's age on the first day of the period (NMWM03080).
  const birthAge = birth !== undefined && start !== undefined ? ageOn(birth, start) : undefined;
  if (givenAge !== undefined && birthAge !== undefined && givenAge !== birthAge) {
    c.add('ageAtPeriodStart', 'age-does-not-match-date-of-birth');
    return undefined;
  }
  const age = birthAge ?? givenAge;
  const ageFrom: ValidInput['ageFrom'] = birthAge !== undefined ? 'dateOfBirth' : 'ageAtPeriodStart';
  if (age !== undefined && age < MINIMUM_AGE) {
    c.add(ageFrom, 'under-16');
    return undefined;
  }
  return age === undefined ? undefined : { age, ageFrom };
}

const OPTIONAL_HOURS = [
  'travelBetweenAssignments',
  'training',
  'waitingOrOnCallAtWork',
  'sleepInAwakeForWork',
] as const;

function checkHours(input: MinimumWageInput, days: number | undefined, c: Collector) {
  const hours: Partial<MinimumWageHours> = input.hours ?? {};
  const basic = c.amount('hours.basic', hours.basic, undefined);
  const others: Partial<MinimumWageHours> = {};
  let allValid = basic !== undefined;
  for (const kind of OPTIONAL_HOURS) {
    const value = c.amount(`hours.${kind}`, hours[kind], undefined, 0);
    if (value === undefined) allValid = false;
    else others[kind] = value;
  }
  if (!allValid) return undefined;
  const time = countWorkingTime({ ...others, basic: basic as number });
  // No one can work more than every hour of every day in the period.
  if (days !== undefined && time.total > 24 * SECONDS_PER_HOUR * days) {
    c.add('hours', 'too-many-hours');
  }
  return time;
}

function checkPay(input: MinimumWageInput, c: Collector) {
  const gross = c.amount('grossPayPence', input.grossPayPence, 'not-whole-pence');
  const premium = c.amount('premiumPayPence', input.premiumPayPence, 'not-whole-pence', 0);
  const deductions = c.amount(
    'deductionsForEmployerPence',
    input.deductionsForEmployerPence,
    'not-whole-pence',
    0,
  );
  if (gross !== undefined && premium !== undefined && premium > gross) {
    c.add('premiumPayPence', 'premium-more-than-pay');
  }
  return { gross, premium, deductions };
}

function checkAccommodation(input: MinimumWageInput, days: number | undefined, c: Collector) {
  if (input.accommodation === undefined) return undefined;
  const { daysProvided: givenDays, chargePence: givenCharge } = input.accommodation;
  const daysProvided = c.amount('accommodation.daysProvided', givenDays, 'not-a-whole-number');
  const chargePence = c.amount('accommodation.chargePence', givenCharge, 'not-whole-pence', 0);
  if (daysProvided !== undefined && days !== undefined && daysProvided > days) {
    c.add('accommodation.daysProvided', 'days-more-than-period');
  }
  return { daysProvided: daysProvided as number, chargePence: chargePence as number };
}

/**
 * Checks everything a person typed and reports every problem at once (so an error summary can
 * list them all), each as a field and a code the interface translates.
 */
export function validateInput(
  input: MinimumWageInput,
): { ok: true; value: ValidInput } | { ok: false; errors: MinimumWageError[] } {
  const c = new Collector();
  const period = checkPeriod(input, c);
  const age = checkAge(input, period.start, c);
  const time = checkHours(input, period.days, c);
  const pay = checkPay(input, c);
  const accommodation = checkAccommodation(input, period.days, c);
  if (c.errors.length > 0) return { ok: false, errors: c.errors };

  // With no errors recorded, every value above was read successfully.
  const value: ValidInput = {
    periodStart: period.start as IsoDate,
    periodEnd: period.end as IsoDate,
    days: period.days as number,
    today: period.today as IsoDate,
    age: age!.age,
    ageFrom: age!.ageFrom,
    time: time!,
    grossPayPence: pay.gross as number,
    premiumPayPence: pay.premium as number,
    deductionsForEmployerPence: pay.deductions as number,
  };
  if (input.apprentice !== undefined) value.apprentice = input.apprentice;
  if (accommodation !== undefined) value.accommodation = accommodation;
  return { ok: true, value };
}
