import { describe, expect, it } from 'vitest';
import { DATABASE_NAME, FairPaDb } from './db';
import { CURRENT_SCHEMA_VERSION, SCHEMA_VERSIONS } from './schema-versions';
import { memoryBackend, testClock } from './testing/fresh-storage';
import { expectUpgradeKeepsData, seedDatabaseAtVersion } from './testing/migration-harness';
import { SCHEMA_FIXTURES } from './testing/schema-fixtures';

describe('schema versions', () => {
  it('are numbered 1, 2, 3… in order, so every device can climb from any one to the next', () => {
    expect(SCHEMA_VERSIONS.map((entry) => entry.version)).toEqual(
      SCHEMA_VERSIONS.map((_, index) => index + 1),
    );
    expect(CURRENT_SCHEMA_VERSION).toBe(SCHEMA_VERSIONS.length);
  });

  it('each have a fixture, so every upgrade path is tested with real-looking data', () => {
    for (const { version } of SCHEMA_VERSIONS) expect(SCHEMA_FIXTURES[version], `fixture for v${version}`).toBeDefined();
  });

  it('opens a new database at the current version with every table and index', async () => {
    const db = new FairPaDb(memoryBackend(), testClock());
    await db.open();
    expect(db.name).toBe(DATABASE_NAME);
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
    const indexes = Object.fromEntries(
      db.tables.map((table) => [table.name, table.schema.indexes.map((index) => index.name).sort()]),
    );
    expect(indexes).toEqual({
      settings: [],
      checklistRuns: ['checklistId', 'updatedAt'],
      checklistAnswers: ['runId'],
      drafts: ['updatedAt'],
      savedResults: ['createdAt', 'tool'],
      visits: ['date'],
      followUps: ['dueDate', 'visitId'],
      shifts: ['date'],
      payslips: ['periodEnd'],
      holidays: ['date'],
    });
    expect(db.checklistAnswers.schema.primKey.keyPath).toEqual(['runId', 'itemId']);
    db.close();
  });

  it.each(SCHEMA_VERSIONS.map(({ version }) => version))(
    'keeps every row written under version %i when the current app opens it',
    async (version) => {
      const fixture = SCHEMA_FIXTURES[version];
      if (!fixture) throw new Error(`missing fixture for v${version}`);
      const db = await expectUpgradeKeepsData(memoryBackend(), version, fixture, testClock());
      expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
      db.close();
    },
  );
});

describe('version 2', () => {
  it('stamps v1 drafts that have no updatedAt with the upgrade time, and leaves stamped ones alone', async () => {
    const backend = memoryBackend();
    const clock = testClock('2025-06-01T12:00:00.000Z');
    const fixture = SCHEMA_FIXTURES[1];
    if (!fixture) throw new Error('missing v1 fixture');
    const db = await expectUpgradeKeepsData(backend, 1, fixture, clock);

    expect(await db.drafts.get('tool:rate-check')).toEqual({
      key: 'tool:rate-check',
      value: { rate: '1650' },
      updatedAt: '2025-06-01T12:00:00.000Z',
    });
    expect((await db.drafts.get('tool:minimum-wage'))?.updatedAt).toBe('2025-01-05T18:00:00.000Z');
    db.close();
  });

  it('lets upgraded drafts be found by age through the new index', async () => {
    const backend = memoryBackend();
    const fixture = SCHEMA_FIXTURES[1];
    if (!fixture) throw new Error('missing v1 fixture');
    const db = await expectUpgradeKeepsData(backend, 1, fixture, testClock('2025-06-01T12:00:00.000Z'));
    const stale = await db.drafts.where('updatedAt').below('2025-03-01').primaryKeys();
    expect(stale).toEqual(['tool:minimum-wage']);
    db.close();
  });

  it('does not run on a database created fresh at version 2', async () => {
    const backend = memoryBackend();
    const fixture = SCHEMA_FIXTURES[2];
    if (!fixture) throw new Error('missing v2 fixture');
    await seedDatabaseAtVersion(backend, 2, fixture, testClock('2030-01-01T00:00:00.000Z'));
    const db = new FairPaDb(backend, testClock('2031-01-01T00:00:00.000Z'));
    expect((await db.drafts.get('tool:holiday'))?.updatedAt).toBe('2025-05-01T08:00:00.000Z');
    db.close();
  });
});

describe('version 3', () => {
  it('adds the records tables empty, beside everything a version 2 device had', async () => {
    const fixture = SCHEMA_FIXTURES[2];
    if (!fixture) throw new Error('missing v2 fixture');
    const db = await expectUpgradeKeepsData(memoryBackend(), 2, fixture, testClock());
    for (const table of [db.visits, db.followUps, db.shifts, db.payslips, db.holidays]) {
      expect(await table.count(), table.name).toBe(0);
    }
    db.close();
  });

  it('finds visits, follow-ups and diary entries through their indexes', async () => {
    const fixture = SCHEMA_FIXTURES[3];
    if (!fixture) throw new Error('missing v3 fixture');
    const db = await expectUpgradeKeepsData(memoryBackend(), 3, fixture, testClock());
    expect(await db.followUps.where('visitId').equals('visit-1').primaryKeys()).toEqual(['follow-1', 'follow-2']);
    expect(await db.shifts.where('date').between('2026-01-01', '2026-01-31', true, true).primaryKeys()).toEqual(['shift-1']);
    expect(await db.payslips.orderBy('periodEnd').primaryKeys()).toEqual(['payslip-1']);
    const sealed = await db.followUps.get('follow-2');
    expect(sealed && 'sealed' in sealed && sealed.sealed).toEqual({ iv: 'AQIDBAUGBwgJCgsM', data: 'yMnKyw==' });
    db.close();
  });
});
