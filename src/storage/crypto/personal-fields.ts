import { isSealed, openJson, sealJson, type Sealed } from './cipher';

/**
 * Which fields of which tables are personal. With the lock on, these fields are taken out of the
 * record and stored only inside `sealed` (ciphertext + IV). What stays readable is what storage
 * needs to find and order records without the key: ids, links between records, dates, timestamps,
 * ticks and done flags. Names, labels, notes, findings, amounts and typed-in drafts never do.
 */
export const PERSONAL_FIELDS = {
  checklistRuns: ['label'],
  checklistAnswers: ['note'],
  drafts: ['value'],
  savedResults: ['label', 'input', 'result'],
  visits: ['place', 'seen', 'findings'],
  followUps: ['action'],
  shifts: ['start', 'end', 'employer', 'travelMinutes', 'trainingMinutes', 'sleepIn', 'sleepInAwakeMinutes', 'note'],
  payslips: ['employer', 'grossPence', 'taxAndPensionPence', 'employerDeductionsPence', 'note'],
  holidays: ['minutes', 'employer', 'note'],
} as const satisfies Record<string, readonly string[]>;

export type PersonalTable = keyof typeof PERSONAL_FIELDS;

export const PERSONAL_TABLES = Object.keys(PERSONAL_FIELDS) as PersonalTable[];

export type PersonalField<Tb extends PersonalTable> = (typeof PERSONAL_FIELDS)[Tb][number];

/** A record as stored: with the lock on, its personal fields are replaced by `sealed`. */
export type Stored<T, Tb extends PersonalTable> = T | (Omit<T, PersonalField<Tb>> & { sealed: Sealed });

type Row = Record<string, unknown>;

export function primaryKeyOf(table: PersonalTable, row: Row): unknown {
  if (table === 'checklistAnswers') return [row.runId, row.itemId];
  if (table === 'drafts') return row.key;
  return row.id;
}

/** Binds the ciphertext to its table and record, so it cannot be copied onto another record. */
function contextFor(table: PersonalTable, row: Row): string {
  return `fairpa/${table}/${JSON.stringify(primaryKeyOf(table, row))}`;
}

export function isSealedRow(row: unknown): row is Row & { sealed: Sealed } {
  return row !== null && typeof row === 'object' && isSealed((row as Row).sealed);
}

/** Moves the personal fields into `sealed`. A row already sealed is left as it is. */
export async function sealRow<T extends object, Tb extends PersonalTable>(
  key: CryptoKey,
  table: Tb,
  row: Stored<T, Tb>,
): Promise<Stored<T, Tb>> {
  if (isSealedRow(row)) return row;
  const rest: Row = { ...(row as Row) };
  const hidden: Row = {};
  for (const field of PERSONAL_FIELDS[table]) {
    if (field in rest) {
      hidden[field] = rest[field];
      delete rest[field];
    }
  }
  return { ...rest, sealed: await sealJson(key, contextFor(table, row as Row), hidden) } as Stored<T, Tb>;
}

/** Puts the personal fields back. Rejects for a wrong key or a record that has been tampered with. */
export async function openRow<T extends object, Tb extends PersonalTable>(
  key: CryptoKey,
  table: Tb,
  stored: Stored<T, Tb>,
): Promise<T> {
  if (!isSealedRow(stored)) return stored as T;
  const { sealed, ...rest } = stored as Row & { sealed: Sealed };
  const hidden = await openJson(key, contextFor(table, rest), sealed);
  return { ...rest, ...(hidden as Row) } as T;
}
