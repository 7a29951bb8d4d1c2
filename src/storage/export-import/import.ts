import type { IndexableType } from 'dexie';
import { assertLockUnchanged, readRows, sealAllFor, writeContext } from '../crypto/sealing';
import type { PersonalTable } from '../crypto/personal-fields';
import type { FairPaDb } from '../db';
import { HOLIDAY_ENTITLEMENT_KEY } from '../holidays';
import { asPreferences, PREFERENCES_KEY, rememberPreferences } from '../preferences';
import { storageDatabase } from '../storage-health';
import { getStorageEnvironment } from '../storage-environment';
import { runWrite, toWriteFailure, type WriteFailure, type WriteResult } from '../write-result';
import { RECORD_SECTIONS, recordKey, storageKey, type ExportData, type ExportSection, type RecordSection } from './format';
import { orderFields, RECORD_SHAPES, type ImportProblem } from './shapes';
import { parseExport } from './validate';

/** What importing would do to one section: records new to this device, changed ones, and ones already identical. */
export interface SectionPreview {
  section: ExportSection;
  add: number;
  replace: number;
  unchanged: number;
}

export interface ImportPlan {
  version: number;
  data: ExportData;
  preview: SectionPreview[];
}

export type PreparedImport =
  | { ok: true; plan: ImportPlan }
  | { ok: false; problems: ImportProblem[] }
  /** The file is fine but the device could not be read (or is locked): nothing was checked against it. */
  | WriteFailure;

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

class ImportLinkError extends Error {
  constructor(readonly problems: ImportProblem[]) {
    super('Records in the file point to records that are neither in the file nor on this device');
  }
}

/**
 * Follow-up actions must belong to a visit and checklist answers to a checklist copy, either in
 * the file or already on the device; anything else would be an orphan nobody can see or delete.
 */
async function findOrphans(db: FairPaDb, data: ExportData): Promise<ImportProblem[]> {
  const problems: ImportProblem[] = [];
  const check = async (section: 'followUps' | 'checklistAnswers', field: 'visitId' | 'runId', parents: Set<string>, table: 'visits' | 'checklistRuns') => {
    const rows = data[section] as unknown as Record<string, string>[];
    const missing = [...new Set(rows.map((row) => row[field]!).filter((id) => !parents.has(id)))];
    const onDevice = new Set((await db.table(table).bulkGet(missing)).flatMap((row: { id?: string } | undefined) => (row?.id ? [row.id] : [])));
    rows.forEach((row, index) => {
      if (!parents.has(row[field]!) && !onDevice.has(row[field]!)) problems.push({ code: 'orphan', section, index, field });
    });
  };
  await check('followUps', 'visitId', new Set(data.visits.map((visit) => visit.id)), 'visits');
  await check('checklistAnswers', 'runId', new Set(data.checklistRuns.map((run) => run.id)), 'checklistRuns');
  return problems;
}

async function previewSection(db: FairPaDb, section: RecordSection, rows: readonly object[]): Promise<SectionPreview> {
  // Keys only first (cheap), so only records that are on both sides are read and compared.
  const onDevice = new Set((await db.table(section).toCollection().primaryKeys()).map((key) => (Array.isArray(key) ? JSON.stringify(key) : String(key))));
  const both = rows.filter((row) => onDevice.has(recordKey(section, row)));
  const stored = both.length === 0 ? [] : ((await db.table(section).bulkGet(both.map((row) => storageKey(section, row) as IndexableType))) as (object | undefined)[]);
  const present = stored.filter((row): row is object => row !== undefined);
  const opened = await readRows<object, PersonalTable>(section, present);
  const existing = new Map(opened.map((row) => [recordKey(section, row), orderFields<object>(RECORD_SHAPES[section], row)]));
  const preview: SectionPreview = { section, add: 0, replace: 0, unchanged: 0 };
  for (const row of rows) {
    const current = existing.get(recordKey(section, row));
    if (current === undefined) preview.add += 1;
    else if (same(current, row)) preview.unchanged += 1;
    else preview.replace += 1;
  }
  return preview;
}

function previewSetting(current: unknown, incoming: unknown, section: ExportSection): SectionPreview {
  const preview: SectionPreview = { section, add: 0, replace: 0, unchanged: 0 };
  if (incoming === null) return preview;
  if (current === undefined || current === null) preview.add = 1;
  else if (same(current, incoming)) preview.unchanged = 1;
  else preview.replace = 1;
  return preview;
}

/**
 * Checks a whole file — its format, version, every record, and its links to records on this
 * device — and works out what importing it would add or replace. Writes nothing.
 */
export async function prepareImport(text: string): Promise<PreparedImport> {
  const parsed = parseExport(text);
  if (!parsed.ok) return parsed;
  try {
    const db = await storageDatabase();
    if (!db) return { ok: false, reason: 'unavailable', message: 'No database could be opened' };
    // With the lock on, records can only go in sealed: say so now rather than after the preview.
    await writeContext(db);
    const orphans = await findOrphans(db, parsed.data);
    if (orphans.length > 0) return { ok: false, problems: orphans };
    const settings = await db.settings.bulkGet([PREFERENCES_KEY, HOLIDAY_ENTITLEMENT_KEY]);
    const preview: SectionPreview[] = [
      previewSetting(asPreferences(settings[0]?.value), parsed.data.preferences, 'preferences'),
      previewSetting(settings[1]?.value, parsed.data.holidayEntitlement, 'holidayEntitlement'),
    ];
    for (const section of RECORD_SECTIONS) preview.push(await previewSection(db, section, parsed.data[section]));
    return { ok: true, plan: { version: parsed.version, data: parsed.data, preview } };
  } catch (error) {
    return toWriteFailure(error);
  }
}

export type ImportResult = WriteResult<{ added: number; replaced: number }> | { ok: false; reason: 'broken-links'; problems: ImportProblem[] };

/**
 * Writes a prepared import in one transaction: every record goes in, or (on any failure: a full
 * disk, a record deleted meanwhile that another depends on, the lock changing) none does.
 * Records on the device that are not in the file are left as they are.
 */
export async function applyImport(plan: ImportPlan): Promise<ImportResult> {
  const { data } = plan;
  const env = getStorageEnvironment();
  let linkProblems: ImportProblem[] | null = null;
  const result = await runWrite(
    async (db) => {
      const context = await writeContext(db);
      const sealed = new Map<RecordSection, object[]>();
      for (const section of RECORD_SECTIONS) {
        sealed.set(section, await sealAllFor<object, PersonalTable>(context, section, data[section] as object[]));
      }
      try {
        await db.transaction('rw', [db.settings, ...RECORD_SECTIONS.map((section) => db.table(section))], async () => {
          await assertLockUnchanged(db, context);
          // Checked again inside the transaction: a visit may have been deleted since the preview.
          const orphans = await findOrphans(db, data);
          if (orphans.length > 0) throw new ImportLinkError(orphans);
          const now = env.now();
          if (data.preferences) await db.settings.put({ key: PREFERENCES_KEY, value: data.preferences, updatedAt: now });
          if (data.holidayEntitlement) await db.settings.put({ key: HOLIDAY_ENTITLEMENT_KEY, value: data.holidayEntitlement, updatedAt: now });
          for (const section of RECORD_SECTIONS) {
            const rows = sealed.get(section) ?? [];
            if (rows.length > 0) await db.table(section).bulkPut(rows);
          }
        });
      } catch (error) {
        if (error instanceof ImportLinkError) linkProblems = error.problems;
        throw error;
      }
      return {
        added: plan.preview.reduce((sum, section) => sum + section.add, 0),
        replaced: plan.preview.reduce((sum, section) => sum + section.replace, 0),
      };
    },
    { savesUserData: true },
  );
  if (linkProblems) return { ok: false, reason: 'broken-links', problems: linkProblems };
  if (result.ok && data.preferences) rememberPreferences(data.preferences);
  return result;
}
