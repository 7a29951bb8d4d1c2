import {
  compareKeys,
  EXPORT_FORMAT,
  EXPORT_VERSION,
  RECORD_SECTIONS,
  recordKey,
  type ExportData,
  type RecordSection,
} from './format';
import {
  HOLIDAY_ENTITLEMENT_SHAPE,
  PREFERENCES_SHAPE,
  readShape,
  RECORD_SHAPES,
  type ImportProblem,
} from './shapes';

/** Far more than years of records; a bigger file is not one of ours (or would exhaust a phone). */
export const MAX_IMPORT_CHARACTERS = 200 * 1024 * 1024;
/** Enough to see what is wrong; a file with thousands of problems gets a note that there are more. */
export const MAX_PROBLEMS_LISTED = 25;

export type ParsedExport = { ok: true; version: number; data: ExportData } | { ok: false; problems: ImportProblem[] };

/**
 * Whether JSON text stops part-way: the end comes inside a string or with objects or lists still
 * open. Tells "the file was cut short" (a failed download or copy) apart from "not our file".
 */
export function looksTruncated(text: string): boolean {
  let depth = 0;
  let inString = false;
  let escaped = false;
  for (const char of text) {
    if (inString) {
      if (escaped) escaped = false;
      else if (char === '\\') escaped = true;
      else if (char === '"') inString = false;
    } else if (char === '"') inString = true;
    else if (char === '{' || char === '[') depth += 1;
    else if (char === '}' || char === ']') depth -= 1;
  }
  return inString || depth > 0;
}

function firstProblems(problems: ImportProblem[]): ImportProblem[] {
  if (problems.length <= MAX_PROBLEMS_LISTED) return problems;
  return [...problems.slice(0, MAX_PROBLEMS_LISTED), { code: 'too-many-problems', index: problems.length - MAX_PROBLEMS_LISTED }];
}

/**
 * Reads an export file and checks all of it — every section, every record, every field — before
 * anything is written. Returns the records in a fixed order and field layout, or every problem
 * found (up to MAX_PROBLEMS_LISTED). Links to other records are checked by prepareImport, which
 * can see what is already on the device.
 */
export function parseExport(text: string): ParsedExport {
  const fail = (problem: ImportProblem): ParsedExport => ({ ok: false, problems: [problem] });
  const trimmed = text.replace(/^\uFEFF/, '').trim();
  if (trimmed === '') return fail({ code: 'empty' });
  if (trimmed.length > MAX_IMPORT_CHARACTERS) return fail({ code: 'too-large' });

  let parsed: unknown;
  try {
    parsed = JSON.parse(trimmed);
  } catch {
    const ours = trimmed.startsWith('{') && trimmed.slice(0, 200).includes(`"${EXPORT_FORMAT}"`);
    return fail({ code: ours && looksTruncated(trimmed) ? 'truncated' : 'not-json' });
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) return fail({ code: 'foreign' });
  const file = parsed as Record<string, unknown>;
  if (file.format !== EXPORT_FORMAT) return fail({ code: 'foreign' });
  const { version } = file;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return fail({ code: 'bad-version' });
  if (version > EXPORT_VERSION) return fail({ code: 'newer-version', version });
  const data = file.data;
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return fail({ code: 'missing-section', section: 'data' });
  const sections = data as Record<string, unknown>;

  const problems: ImportProblem[] = [];
  const result: Partial<ExportData> = {};

  for (const section of ['preferences', 'holidayEntitlement'] as const) {
    if (!(section in sections)) problems.push({ code: 'missing-section', section });
    else if (sections[section] === null) result[section] = null;
    else {
      const shape = section === 'preferences' ? PREFERENCES_SHAPE : HOLIDAY_ENTITLEMENT_SHAPE;
      const read = readShape<never>(shape, sections[section], { section }, problems);
      if (read !== undefined) (result as Record<string, unknown>)[section] = read;
    }
  }

  for (const section of RECORD_SECTIONS) {
    const rows = sections[section];
    if (!(section in sections)) {
      problems.push({ code: 'missing-section', section });
      continue;
    }
    if (!Array.isArray(rows)) {
      problems.push({ code: 'not-a-list', section });
      continue;
    }
    const seen = new Set<string>();
    const read: object[] = [];
    rows.forEach((row: unknown, index) => {
      const record = readShape<object>(RECORD_SHAPES[section], row, { section, index }, problems);
      if (!record) return;
      const key = recordKey(section, record);
      if (seen.has(key)) problems.push({ code: 'duplicate', section, index });
      seen.add(key);
      if (section === 'payslips') {
        const { periodStart, periodEnd } = record as { periodStart: string; periodEnd: string };
        if (periodStart > periodEnd) problems.push({ code: 'bad-period', section, index, field: 'periodEnd' });
      }
      read.push(record);
    });
    (result as Record<RecordSection, object[]>)[section] = read.sort((a, b) => compareKeys(recordKey(section, a), recordKey(section, b)));
  }

  if (problems.length > 0) return { ok: false, problems: firstProblems(problems) };
  return { ok: true, version, data: result as ExportData };
}
