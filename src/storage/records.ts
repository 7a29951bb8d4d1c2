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
