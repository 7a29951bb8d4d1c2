import { isNation, isRole } from '../../domain/shared/audience';
import { isIsoDate } from '../../domain/shared/iso-date';
import type { RecordSection } from './format';

/**
 * The shape of every record in an export file. The same readers check a file before import and
 * put records from the database into a fixed field order for export, so a record exported,
 * imported and exported again is written identically.
 */

export type ImportProblemCode =
  | 'empty'
  | 'too-large'
  | 'not-json'
  | 'truncated'
  | 'foreign'
  | 'newer-version'
  | 'bad-version'
  | 'missing-section'
  | 'not-a-list'
  | 'not-a-record'
  | 'missing-field'
  | 'bad-value'
  | 'bad-period'
  | 'duplicate'
  | 'orphan'
  | 'too-many-problems';

/** What is wrong with a file, precisely enough to tell the user where: section, record number, field. */
export interface ImportProblem {
  code: ImportProblemCode;
  section?: string;
  /** 0-based position of the record in its section. */
  index?: number;
  field?: string;
  /** What the field must be (a FieldKind), for 'bad-value'. */
  expected?: FieldKind;
  /** The file's version, for 'newer-version'. */
  version?: number;
}

export type FieldKind =
  | 'id'
  | 'text'
  | 'date'
  | 'date-or-blank'
  | 'time'
  | 'timestamp'
  | 'minutes'
  | 'pence'
  | 'yes-no'
  | 'ids'
  | 'any'
  | 'nation'
  | 'role'
  | 'locale';

const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?(?:Z|[+-]\d{2}:\d{2})$/;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
/** A year of minutes: far beyond any real entry, well inside exact integers. */
const MAX_MINUTES = 366 * 24 * 60;
/** £1,000,000,000 in pence: far beyond any payslip. */
const MAX_PENCE = 100_000_000_000;

function isJsonValue(value: unknown, depth = 0): boolean {
  if (depth > 64) return false;
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value);
  if (Array.isArray(value)) return value.every((item) => isJsonValue(item, depth + 1));
  if (typeof value === 'object') return Object.values(value as object).every((item) => isJsonValue(item, depth + 1));
  return false;
}

const CHECKS: Record<FieldKind, (value: unknown) => boolean> = {
  id: (value) => typeof value === 'string' && value.length > 0 && value.length <= 200,
  text: (value) => typeof value === 'string',
  date: isIsoDate,
  'date-or-blank': (value) => value === '' || isIsoDate(value),
  time: (value) => typeof value === 'string' && TIME.test(value),
  timestamp: (value) => typeof value === 'string' && TIMESTAMP.test(value) && !Number.isNaN(Date.parse(value)),
  minutes: (value) => typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= MAX_MINUTES,
  pence: (value) => typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= MAX_PENCE,
  'yes-no': (value) => typeof value === 'boolean',
  ids: (value) => Array.isArray(value) && value.every((item) => CHECKS.id(item)),
  any: (value) => value !== undefined && isJsonValue(value),
  nation: isNation,
  role: isRole,
  locale: (value) => typeof value === 'string' && /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(value),
};

type Shape = Readonly<Record<string, FieldKind>>;

/** Field order here is the field order in the file. */
export const RECORD_SHAPES: Readonly<Record<RecordSection, Shape>> = {
  checklistRuns: { id: 'id', checklistId: 'id', label: 'text', createdAt: 'timestamp', updatedAt: 'timestamp' },
  checklistAnswers: { runId: 'id', itemId: 'id', done: 'yes-no', note: 'text', updatedAt: 'timestamp' },
  savedResults: { id: 'id', tool: 'id', label: 'text', createdAt: 'timestamp', input: 'any', result: 'any' },
  visits: {
    id: 'id',
    date: 'date',
    place: 'text',
    seen: 'text',
    findings: 'text',
    checklistRunIds: 'ids',
    savedResultIds: 'ids',
    createdAt: 'timestamp',
    updatedAt: 'timestamp',
  },
  followUps: {
    id: 'id',
    visitId: 'id',
    action: 'text',
    dueDate: 'date-or-blank',
    done: 'yes-no',
    createdAt: 'timestamp',
    updatedAt: 'timestamp',
  },
  shifts: {
    id: 'id',
    date: 'date',
    start: 'time',
    end: 'time',
    employer: 'text',
    travelMinutes: 'minutes',
    trainingMinutes: 'minutes',
    sleepIn: 'yes-no',
    sleepInAwakeMinutes: 'minutes',
    note: 'text',
    createdAt: 'timestamp',
    updatedAt: 'timestamp',
  },
  payslips: {
    id: 'id',
    periodStart: 'date',
    periodEnd: 'date',
    employer: 'text',
    grossPence: 'pence',
    taxAndPensionPence: 'pence',
    employerDeductionsPence: 'pence',
    note: 'text',
    createdAt: 'timestamp',
    updatedAt: 'timestamp',
  },
  holidays: { id: 'id', date: 'date', minutes: 'minutes', employer: 'text', note: 'text', createdAt: 'timestamp', updatedAt: 'timestamp' },
  drafts: { key: 'id', value: 'any', updatedAt: 'timestamp' },
};

export const PREFERENCES_SHAPE: Shape = { locale: 'locale', nation: 'nation', role: 'role' };
export const HOLIDAY_ENTITLEMENT_SHAPE: Shape = { leaveYearStart: 'date', minutes: 'minutes' };

/**
 * Checks one record against its shape and returns it with exactly the shape's fields, in order
 * (fields the shape does not know are dropped). Problems are added to `problems`.
 */
export function readShape<T>(
  shape: Shape,
  value: unknown,
  where: { section: string; index?: number },
  problems: ImportProblem[],
): T | undefined {
  const at = where.index === undefined ? { section: where.section } : { section: where.section, index: where.index };
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    problems.push({ code: 'not-a-record', ...at });
    return undefined;
  }
  const record = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  let ok = true;
  for (const [field, kind] of Object.entries(shape)) {
    if (!(field in record) || record[field] === undefined) {
      problems.push({ code: 'missing-field', ...at, field });
      ok = false;
    } else if (!CHECKS[kind](record[field])) {
      problems.push({ code: 'bad-value', ...at, field, expected: kind });
      ok = false;
    } else {
      out[field] = kind === 'ids' ? [...(record[field] as string[])] : record[field];
    }
  }
  return ok ? (out as T) : undefined;
}

/** Puts a stored record into the file's field order (for export); anything missing is left out. */
export function orderFields<T>(shape: Shape, record: object): T {
  const source = record as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const field of Object.keys(shape)) if (source[field] !== undefined) out[field] = source[field];
  return out as T;
}
