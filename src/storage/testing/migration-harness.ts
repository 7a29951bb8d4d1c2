import Dexie from 'dexie';
import { expect } from 'vitest';
import { DATABASE_NAME, declareSchemaVersions, FairPaDb, type IndexedDbBackend } from '../db';
import { SCHEMA_VERSIONS, type UpgradeContext } from '../schema-versions';

/** Rows to write per table, as a device running that schema version would have stored them. */
export type Fixture = Readonly<Record<string, readonly object[]>>;

/**
 * Creates the database exactly as the app at `version` would have, with that version's upgrades,
 * and fills it with `fixture`. Closing it afterwards leaves the device "as the old app left it".
 */
export async function seedDatabaseAtVersion(
  backend: IndexedDbBackend,
  version: number,
  fixture: Fixture,
  context: UpgradeContext,
): Promise<void> {
  const old = new Dexie(DATABASE_NAME, { indexedDB: backend.indexedDB, IDBKeyRange: backend.IDBKeyRange });
  declareSchemaVersions(
    old,
    SCHEMA_VERSIONS.filter((entry) => entry.version <= version),
    context,
  );
  await old.open();
  await old.transaction('rw', old.tables, async () => {
    for (const [table, rows] of Object.entries(fixture)) await old.table(table).bulkAdd([...rows]);
  });
  old.close();
}

/** Opens the same device with today's schema, running every upgrade since the seeded version. */
export async function openWithCurrentSchema(backend: IndexedDbBackend, context: UpgradeContext): Promise<FairPaDb> {
  const db = new FairPaDb(backend, context);
  await db.open();
  return db;
}

/** Every fixture row is still there with every field it had (upgrades may add fields, not lose them). */
export async function expectFixtureSurvives(db: Dexie, fixture: Fixture): Promise<void> {
  for (const [table, rows] of Object.entries(fixture)) {
    const stored = await db.table(table).toArray();
    expect(stored, `table ${table}`).toHaveLength(rows.length);
    expect(stored, `table ${table}`).toEqual(
      expect.arrayContaining(rows.map((row) => expect.objectContaining(row))),
    );
  }
}

/** The whole pattern in one call: seed at `fromVersion`, reopen with today's app, check nothing was lost. */
export async function expectUpgradeKeepsData(
  backend: IndexedDbBackend,
  fromVersion: number,
  fixture: Fixture,
  context: UpgradeContext,
): Promise<FairPaDb> {
  await seedDatabaseAtVersion(backend, fromVersion, fixture, context);
  const db = await openWithCurrentSchema(backend, context);
  await expectFixtureSurvives(db, fixture);
  return db;
}
