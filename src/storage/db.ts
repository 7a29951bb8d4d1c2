import Dexie, { type Table } from 'dexie';
import type { Stored } from './crypto/personal-fields';
import type {
  ChecklistAnswer,
  ChecklistRun,
  Draft,
  FollowUp,
  HolidayTaken,
  Payslip,
  SavedResult,
  SettingRow,
  Shift,
  Visit,
} from './records';
import { SCHEMA_VERSIONS, type SchemaVersion, type UpgradeContext } from './schema-versions';

export const DATABASE_NAME = 'fairpa';

/** Where Dexie finds IndexedDB: the browser's own, or fake-indexeddb's in-memory one. */
export interface IndexedDbBackend {
  indexedDB: IDBFactory;
  IDBKeyRange: typeof IDBKeyRange;
}

/** Declares versions in order on any Dexie instance, so tests can open a database "as of" version N. */
export function declareSchemaVersions(
  db: Dexie,
  versions: readonly SchemaVersion[],
  context: UpgradeContext,
): void {
  for (const entry of versions) {
    const version = db.version(entry.version).stores(entry.stores);
    const { upgrade } = entry;
    if (upgrade) version.upgrade((tx) => upgrade(tx, context));
  }
}

/**
 * Dexie's liveQuery silently never runs while its global `Dexie.dependencies.indexedDB` is empty,
 * which is exactly the case where the browser has no IndexedDB and we fall back to memory (and in
 * Node tests). Pointing the empty global at the backend we use keeps every live hook working there.
 */
function letLiveQueriesRun(backend: IndexedDbBackend): void {
  const dependencies = Dexie.dependencies;
  if (!dependencies.indexedDB) {
    dependencies.indexedDB = backend.indexedDB;
    dependencies.IDBKeyRange = backend.IDBKeyRange;
  }
}

export class FairPaDb extends Dexie {
  // `declare` rather than a field: an emitted class field would overwrite the tables Dexie sets up.
  // Tables holding personal records store them as Stored<T>: sealed while the passphrase lock is on.
  declare settings: Table<SettingRow, string>;
  declare checklistRuns: Table<Stored<ChecklistRun, 'checklistRuns'>, string>;
  declare checklistAnswers: Table<Stored<ChecklistAnswer, 'checklistAnswers'>, [string, string]>;
  declare drafts: Table<Stored<Draft, 'drafts'>, string>;
  declare savedResults: Table<Stored<SavedResult, 'savedResults'>, string>;
  declare visits: Table<Stored<Visit, 'visits'>, string>;
  declare followUps: Table<Stored<FollowUp, 'followUps'>, string>;
  declare shifts: Table<Stored<Shift, 'shifts'>, string>;
  declare payslips: Table<Stored<Payslip, 'payslips'>, string>;
  declare holidays: Table<Stored<HolidayTaken, 'holidays'>, string>;

  constructor(backend: IndexedDbBackend, context: UpgradeContext, name: string = DATABASE_NAME) {
    super(name, { indexedDB: backend.indexedDB, IDBKeyRange: backend.IDBKeyRange });
    letLiveQueriesRun(backend);
    declareSchemaVersions(this, SCHEMA_VERSIONS, context);
  }
}
