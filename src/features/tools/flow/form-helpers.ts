import { isDateParts, type DateParts } from '../input/parse-date';
import type { FieldKind } from './tool-definition';

export type YesNo = 'yes' | 'no';

export function blank(text: string): boolean {
  return text.trim() === '';
}

/**
 * Rebuilds a form from something stored (a draft or a saved result, maybe from an older version):
 * fields with the right type are kept, choices only when still one of the options, anything else
 * falls back to the initial value. Lists are left to the caller.
 */
export function restoreFlatFields<F extends object>(
  stored: unknown,
  initial: F,
  kinds: Readonly<Record<string, FieldKind>>,
  choices: Readonly<Record<string, readonly string[]>>,
): F | undefined {
  if (typeof stored !== 'object' || stored === null || Array.isArray(stored)) return undefined;
  const record = stored as Record<string, unknown>;
  const form = { ...initial } as Record<string, unknown>;
  for (const field of Object.keys(initial)) {
    const value = record[field];
    const start = (initial as Record<string, unknown>)[field];
    if (typeof start === 'object' && start !== null && !isDateParts(start)) continue;
    if (kinds[field] === 'date' || isDateParts(start)) {
      if (isDateParts(value)) form[field] = { day: value.day, month: value.month, year: value.year } satisfies DateParts;
    } else if (typeof value === 'string') {
      const allowed = choices[field];
      if (!allowed || value === '' || allowed.includes(value)) form[field] = value;
    }
  }
  return form as F;
}

/** A stored list of rows of strings, each row with exactly `keys`; undefined when unreadable. */
export function restoreRows<K extends string>(value: unknown, keys: readonly K[], max: number): Record<K, string>[] | undefined {
  if (!Array.isArray(value) || value.length === 0 || value.length > max) return undefined;
  const rows: Record<K, string>[] = [];
  for (const item of value) {
    if (typeof item !== 'object' || item === null) return undefined;
    const row = {} as Record<K, string>;
    for (const key of keys) {
      const cell = (item as Record<string, unknown>)[key];
      row[key] = typeof cell === 'string' ? cell : '';
    }
    rows.push(row);
  }
  return rows;
}
