import type { Nation, Role } from '../domain/shared/audience';

/** What the first-run screen asks for; everything else in the app is shaped by it. */
export interface Preferences {
  locale: string;
  nation: Nation;
  role: Role;
}

/** A small key-value row: preferences and internal flags such as whether persistence was asked for. */
export interface SettingRow {
  key: string;
  value: unknown;
  updatedAt: string;
}

/** One working copy of a checklist; a user may keep several side by side (e.g. one per PA or visit). */
export interface ChecklistRun {
  id: string;
  checklistId: string;
  label: string;
  createdAt: string;
  updatedAt: string;
}

export interface ChecklistAnswerValue {
  done: boolean;
  note: string;
}

export interface ChecklistAnswer extends ChecklistAnswerValue {
  runId: string;
  itemId: string;
  updatedAt: string;
}

/** Unfinished form input, keyed by form (e.g. 'tool:minimum-wage'), so a reload or update loses nothing. */
export interface Draft {
  key: string;
  value: unknown;
  updatedAt: string;
}

/** A calculator result the user chose to keep, with the input that produced it so it can be re-run. */
export interface SavedResult {
  id: string;
  tool: string;
  label: string;
  createdAt: string;
  input: unknown;
  result: unknown;
}

/**
 * A home visit by a rep or adviser. Asks for as little personal data as possible: a place label
 * the rep will recognise (not an address) and who was seen (a first name or initials).
 */
export interface Visit {
  id: string;
  /** YYYY-MM-DD. */
  date: string;
  place: string;
  seen: string;
  findings: string;
  /** Checklist runs filled in on the visit; deleting the visit deletes them too. */
  checklistRunIds: string[];
  /** Saved calculator results attached to the visit. */
  savedResultIds: string[];
  createdAt: string;
  updatedAt: string;
}

/** Something to do after a visit, with an optional due date. */
export interface FollowUp {
  id: string;
  visitId: string;
  action: string;
  /** YYYY-MM-DD, or '' when no date was given. */
  dueDate: string;
  done: boolean;
  createdAt: string;
  updatedAt: string;
}

/** One shift in a PA's diary. Times are HH:MM on the shift's date; an end before the start ends next day. */
export interface Shift {
  id: string;
  /** YYYY-MM-DD the shift started. */
  date: string;
  start: string;
  end: string;
  employer: string;
  /** Travel between visits for this employer, which counts as working time for the minimum wage. */
  travelMinutes: number;
  trainingMinutes: number;
  sleepIn: boolean;
  /** During a sleep-in, the time awake for the purpose of working (the only part that counts as work). */
  sleepInAwakeMinutes: number;
  note: string;
  createdAt: string;
  updatedAt: string;
}

/** A payslip as the PA received it. Money is integer pence. */
export interface Payslip {
  id: string;
  periodStart: string;
  periodEnd: string;
  employer: string;
  grossPence: number;
  /** Tax, National Insurance and pension: recorded, but they do not reduce pay for the minimum wage. */
  taxAndPensionPence: number;
  /** Deductions for the employer's own use or benefit (uniform, equipment, a DBS fee): these do. */
  employerDeductionsPence: number;
  note: string;
  createdAt: string;
  updatedAt: string;
}

/** Holiday taken on one day, in minutes of the PA's paid time off. */
export interface HolidayTaken {
  id: string;
  date: string;
  minutes: number;
  employer: string;
  note: string;
  createdAt: string;
  updatedAt: string;
}

/** The PA's holiday entitlement for a leave year, so the diary can show what is left. */
export interface HolidayEntitlement {
  /** YYYY-MM-DD the leave year starts. */
  leaveYearStart: string;
  minutes: number;
}
