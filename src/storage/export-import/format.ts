import type {
  ChecklistAnswer,
  ChecklistRun,
  Draft,
  FollowUp,
  HolidayEntitlement,
  HolidayTaken,
  Payslip,
  Preferences,
  SavedResult,
  Shift,
  Visit,
} from '../records';

/**
 * The export file: one JSON document holding everything a user keeps in FairPA, in plain form
 * (the passphrase lock protects the device, not the file). Its own version number, separate from
 * the database schema, says which shape `data` has; an older app refuses a newer file rather than
 * guess. No time stamp of the export itself: exporting the same records twice gives the same
 * bytes, so "export → import → export" can be checked by comparing files.
 */
export const EXPORT_FORMAT = 'fairpa-export';
export const EXPORT_VERSION = 1;

/** Lists of records, in the order they appear in the file. */
export const RECORD_SECTIONS = [
  'checklistRuns',
  'checklistAnswers',
  'savedResults',
  'visits',
  'followUps',
  'shifts',
  'payslips',
  'holidays',
  'drafts',
] as const;

export type RecordSection = (typeof RECORD_SECTIONS)[number];

/** Single settings, stored in the settings table. */
export const SETTING_SECTIONS = ['preferences', 'holidayEntitlement'] as const;

export type SettingSection = (typeof SETTING_SECTIONS)[number];

export type ExportSection = SettingSection | RecordSection;

export interface ExportData {
  preferences: Preferences | null;
  holidayEntitlement: HolidayEntitlement | null;
  checklistRuns: ChecklistRun[];
  checklistAnswers: ChecklistAnswer[];
  savedResults: SavedResult[];
  visits: Visit[];
  followUps: FollowUp[];
  shifts: Shift[];
  payslips: Payslip[];
  holidays: HolidayTaken[];
  drafts: Draft[];
}

export interface ExportFile {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  data: ExportData;
}

/** The key a record is stored under, as text (answers are keyed by run and item together). */
export function recordKey(section: RecordSection, row: object): string {
  const record = row as Record<string, unknown>;
  if (section === 'checklistAnswers') return JSON.stringify([record.runId, record.itemId]);
  if (section === 'drafts') return String(record.key);
  return String(record.id);
}

/** The key Dexie stores the record under. */
export function storageKey(section: RecordSection, row: object): string | [string, string] {
  const record = row as Record<string, unknown>;
  if (section === 'checklistAnswers') return [String(record.runId), String(record.itemId)];
  return section === 'drafts' ? String(record.key) : String(record.id);
}

/** Code-unit order, the same on every device, so exports are byte-for-byte repeatable. */
export function compareKeys(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
