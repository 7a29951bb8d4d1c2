import { readRows } from '../crypto/sealing';
import type { PersonalTable } from '../crypto/personal-fields';
import type { FairPaDb } from '../db';
import { asHolidayEntitlement, HOLIDAY_ENTITLEMENT_KEY } from '../holidays';
import { asPreferences, PREFERENCES_KEY } from '../preferences';
import { storageDatabase } from '../storage-health';
import { toWriteFailure, type WriteFailure } from '../write-result';
import {
  compareKeys,
  EXPORT_FORMAT,
  EXPORT_VERSION,
  RECORD_SECTIONS,
  recordKey,
  type ExportData,
  type ExportFile,
  type RecordSection,
} from './format';
import { orderFields, RECORD_SHAPES } from './shapes';

/** Every record on the device, opened (decrypted) and in the export's order and field layout. */
export async function readAllRecords(db: FairPaDb): Promise<ExportData> {
  // One read transaction, so the export is a consistent snapshot even if another tab is writing.
  const snapshot = await db.transaction('r', [db.settings, ...RECORD_SECTIONS.map((section) => db.table(section))], async () => {
    const settings = await db.settings.bulkGet([PREFERENCES_KEY, HOLIDAY_ENTITLEMENT_KEY]);
    const tables = await Promise.all(RECORD_SECTIONS.map((section) => db.table(section).toArray() as Promise<object[]>));
    return { settings, tables };
  });
  const data: Record<string, unknown> = {
    preferences: asPreferences(snapshot.settings[0]?.value),
    holidayEntitlement: asHolidayEntitlement(snapshot.settings[1]?.value),
  };
  for (const [index, section] of RECORD_SECTIONS.entries()) {
    // Decrypting happens after the transaction: WebCrypto would otherwise let it close early.
    const opened = await readRows<object, PersonalTable>(section, snapshot.tables[index] ?? []);
    data[section] = opened
      .map((row) => orderFields<object>(RECORD_SHAPES[section], row))
      .sort((a, b) => compareKeys(recordKey(section, a), recordKey(section, b)));
  }
  return data as unknown as ExportData;
}

export function exportFileText(data: ExportData): string {
  const file: ExportFile = { format: EXPORT_FORMAT, version: EXPORT_VERSION, data };
  return `${JSON.stringify(file, null, 2)}\n`;
}

export type ExportResult = { ok: true; text: string; counts: Record<RecordSection, number> } | WriteFailure;

/**
 * Everything FairPA keeps, as the text of one JSON file. With the lock on, the session must be
 * unlocked (reason 'locked' otherwise): the file holds the records in plain form.
 */
export async function exportEverything(): Promise<ExportResult> {
  try {
    const db = await storageDatabase();
    if (!db) return { ok: false, reason: 'unavailable', message: 'No database could be opened' };
    const data = await readAllRecords(db);
    const counts = Object.fromEntries(RECORD_SECTIONS.map((section) => [section, data[section].length])) as Record<RecordSection, number>;
    return { ok: true, text: exportFileText(data), counts };
  } catch (error) {
    return toWriteFailure(error);
  }
}

/** A file name that sorts by date and says what the file is: fairpa-export-2026-11-23.json. */
export function exportFileName(today: string, extension = 'json', what = 'export'): string {
  return `fairpa-${what}-${today}.${extension}`;
}
