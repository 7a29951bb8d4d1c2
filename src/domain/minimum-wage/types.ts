import type { MinimumWageBand } from '../rates';
import type { IsoDate } from '../shared/iso-date';

/** Hours in one pay reference period, by kind. Fractions are allowed (7.5 = 7 h 30 min). */
export interface MinimumWageHours {
  /** Time on shift with the person supported (contact time). */
  basic: number;
  /** Travel from one employer or visit to the next. Not home to the first visit or home after the last. */
  travelBetweenAssignments?: number;
  /** Training the employer requires, and travel between work and the training. */
  training?: number;
  /** Waiting, or on call, at or near the workplace while required to be available. */
  waitingOrOnCallAtWork?: number;
  /** During a sleep-in: only the time actually awake to work (not time asleep or just "listening"). */
  sleepInAwakeForWork?: number;
}

/** One pay reference period of one worker. All money is integer pence. */
export interface MinimumWageInput {
  periodStart: IsoDate;
  periodEnd: IsoDate;
  /** Give one of these; with both, they must agree. */
  ageAtPeriodStart?: number;
  dateOfBirth?: IsoDate;
  apprentice?: { inFirstYear: boolean };
  hours: MinimumWageHours;
  /** Everything paid for the period, before tax and National Insurance. */
  grossPayPence: number;
  /** The extra part of overtime or shift pay above the basic rate (it does not count). */
  premiumPayPence?: number;
  /**
   * Deductions from pay, or payments by the worker, for the employer's own use and benefit or
   * for job costs (uniform, tools, work travel). Not tax, NI, pension, union fees, loans, or the
   * worker's own DBS fee, and not an accommodation charge (give that under `accommodation`).
   */
  deductionsForEmployerPence?: number;
  /**
   * Living accommodation the employer provided: on how many full days (midnight to midnight,
   * NMWM03080) and what it charged the worker for it in this period in total (0 when free).
   */
  accommodation?: { daysProvided: number; chargePence: number };
  /** The day arrears are worked out for; defaults to today in the UK. */
  today?: IsoDate;
}

export type MinimumWageErrorCode =
  | 'required'
  | 'not-a-date'
  | 'not-a-number'
  | 'not-a-whole-number'
  | 'not-whole-pence'
  | 'end-before-start'
  | 'period-too-long'
  | 'future-period'
  | 'negative'
  | 'too-many-hours'
  | 'under-16'
  | 'age-does-not-match-date-of-birth'
  | 'before-rates-table'
  | 'premium-more-than-pay'
  | 'days-more-than-period';

/** `field` names the input property, with a dot for nested ones (`hours.training`). */
export interface MinimumWageError {
  field: string;
  code: MinimumWageErrorCode;
}

/** One line of the workings, for the UI to put into words. */
export interface MinimumWageStep {
  id: 'period' | 'age' | 'rate' | 'hours' | 'accommodation' | 'pay' | 'required' | 'result' | 'arrears';
  values: Record<string, number | string>;
}

export interface MinimumWageCheck {
  ok: true;
  compliant: boolean;
  band: MinimumWageBand;
  ageAtPeriodStart: number;
  minimumRatePence: number;
  rateFrom: IsoDate;
  rateSource: string;
  hoursCounted: number;
  payForMinimumWagePence: number;
  requiredPence: number;
  shortfallPence: number;
  /** What the employer owes today: the shortfall re-valued at today's rate (never less). */
  arrearsTodayPence: number;
  currentRatePence: number;
  steps: MinimumWageStep[];
}

export type MinimumWageResult = MinimumWageCheck | { ok: false; errors: MinimumWageError[] };
