import type { Transaction } from 'dexie';

export interface UpgradeContext {
  /** The upgrade's notion of "now", injected so migrations are testable. */
  now: () => string;
}

export interface SchemaVersion {
  version: number;
  /**
   * Dexie store declarations that change at this version. Tables not named keep their previous
   * declaration; `null` deletes a table. Never edit a released entry: add a new version instead,
   * because devices in the field hold data written under every earlier entry.
   */
  stores: Record<string, string | null>;
  /** Reshapes existing rows when a device moves past this version (not run for a new database). */
  upgrade?: (tx: Transaction, context: UpgradeContext) => Promise<void>;
}

export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: {
      settings: 'key',
      checklistRuns: 'id, checklistId, updatedAt',
      checklistAnswers: '[runId+itemId], runId',
      drafts: 'key',
      savedResults: 'id, tool, createdAt',
    },
  },
  {
    // Drafts gain an updatedAt index so stale drafts can be found and pruned without a full scan.
    // A v1 draft written by an early build or restored from an old export may lack updatedAt, and
    // such a row would be invisible to that index, so the upgrade gives it one.
    version: 2,
    stores: { drafts: 'key, updatedAt' },
    upgrade: async (tx, { now }) => {
      const stamp = now();
      await tx
        .table('drafts')
        .toCollection()
        .modify((draft: { updatedAt?: unknown }) => {
          if (typeof draft.updatedAt !== 'string') draft.updatedAt = stamp;
        });
    },
  },
  {
    // Records: a rep's home visits and their follow-up actions, and a PA's diary of shifts,
    // payslips and holiday taken. Only what lists are sorted or joined by is indexed; everything
    // else may be sealed by the passphrase lock and cannot be indexed.
    version: 3,
    stores: {
      visits: 'id, date',
      followUps: 'id, visitId, dueDate',
      shifts: 'id, date',
      payslips: 'id, periodEnd',
      holidays: 'id, date',
    },
  },
];

export const CURRENT_SCHEMA_VERSION = Math.max(...SCHEMA_VERSIONS.map((entry) => entry.version));
