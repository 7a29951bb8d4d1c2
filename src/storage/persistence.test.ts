import { afterEach, describe, expect, it } from 'vitest';
import { createChecklistRun, deleteChecklistRun } from './checklist-runs';
import { getStorageHealth } from './health-store';
import { PERSIST_REQUESTED_KEY, readPersistState, whenPersistenceSettled } from './persistence';
import { savePreferences } from './preferences';
import { saveDraft } from './drafts';
import { openedDatabase, openStorage } from './storage-health';
import { fakeStorageManager, freshStorage, resetStorage } from './testing/fresh-storage';

afterEach(resetStorage);

const preferences = { locale: 'pl', nation: 'england', role: 'pa' } as const;

describe('asking the browser to keep our data', () => {
  it('is not done just by opening', async () => {
    const { storageManager } = freshStorage();
    await openStorage();
    expect(storageManager.persist).not.toHaveBeenCalled();
    expect(getStorageHealth().persisted).toBe('not-asked');
  });

  it('happens exactly once, after the first save, however many saves follow', async () => {
    const { storageManager } = freshStorage();
    await Promise.all([savePreferences(preferences), saveDraft('tool:x', { a: 1 })]);
    await createChecklistRun({ checklistId: 'c', label: 'L' });
    await whenPersistenceSettled();
    await saveDraft('tool:x', { a: 2 });
    await whenPersistenceSettled();
    expect(storageManager.persist).toHaveBeenCalledTimes(1);
    expect(getStorageHealth()).toEqual({ mode: 'device', persisted: 'granted' });
  });

  it('records that it asked, so a later visit does not ask again after a refusal', async () => {
    const refusing = fakeStorageManager({ grants: false });
    const { device } = freshStorage({ storageManager: () => refusing });
    await savePreferences(preferences);
    await whenPersistenceSettled();
    expect(getStorageHealth().persisted).toBe('not-granted');
    expect(await openedDatabase()?.settings.get(PERSIST_REQUESTED_KEY)).toMatchObject({ value: true });

    await resetStorage();
    const nextVisit = fakeStorageManager({ grants: false });
    freshStorage({ backend: () => device, storageManager: () => nextVisit });
    expect(await openStorage()).toEqual({ mode: 'device', persisted: 'not-granted' });
    await savePreferences(preferences);
    await whenPersistenceSettled();
    expect(nextVisit.persist).not.toHaveBeenCalled();
  });

  it('reports "granted" at once when the browser already keeps our data', async () => {
    const persisted = fakeStorageManager({ alreadyPersisted: true });
    freshStorage({ storageManager: () => persisted });
    expect(await openStorage()).toEqual({ mode: 'device', persisted: 'granted' });
    await savePreferences(preferences);
    await whenPersistenceSettled();
    expect(persisted.persist).not.toHaveBeenCalled();
  });

  it('reports "unsupported" when the browser has no way to ask', async () => {
    freshStorage({ storageManager: () => undefined });
    expect(await openStorage()).toEqual({ mode: 'device', persisted: 'unsupported' });
    expect(await savePreferences(preferences)).toEqual({ ok: true });
    await whenPersistenceSettled();
    expect(getStorageHealth().persisted).toBe('unsupported');
  });

  it('still asks when only the "already persisted?" check is missing or fails', async () => {
    const noCheck = { persist: fakeStorageManager().persist };
    freshStorage({ storageManager: () => noCheck });
    expect((await openStorage()).persisted).toBe('not-asked');
    await resetStorage();

    const failingCheck = fakeStorageManager();
    failingCheck.persisted.mockRejectedValue(new Error('nope'));
    freshStorage({ storageManager: () => failingCheck });
    expect((await openStorage()).persisted).toBe('not-asked');
    await savePreferences(preferences);
    await whenPersistenceSettled();
    expect(failingCheck.persist).toHaveBeenCalledTimes(1);
  });

  it('treats a request that throws as not granted', async () => {
    const throwing = fakeStorageManager();
    throwing.persist.mockRejectedValue(new Error('denied by policy'));
    freshStorage({ storageManager: () => throwing });
    await savePreferences(preferences);
    await whenPersistenceSettled();
    expect(getStorageHealth().persisted).toBe('not-granted');
  });

  it('is not done for deletions, which keep nothing', async () => {
    const { storageManager } = freshStorage();
    await deleteChecklistRun('nothing');
    await whenPersistenceSettled();
    expect(storageManager.persist).not.toHaveBeenCalled();
  });

  it('is never done in memory mode, where nothing is on the device to keep', async () => {
    const { storageManager } = freshStorage({ backend: () => undefined });
    await savePreferences(preferences);
    await whenPersistenceSettled();
    expect(storageManager.persist).not.toHaveBeenCalled();
    expect(getStorageHealth()).toMatchObject({ mode: 'memory', persisted: 'not-asked' });
  });

  it('does not fail the save when recording the request fails', async () => {
    const { storageManager } = freshStorage();
    await openStorage();
    const db = openedDatabase();
    if (!db) throw new Error('no db');
    storageManager.persist.mockImplementation(() => {
      db.close();
      return Promise.resolve(true);
    });
    expect(await savePreferences(preferences)).toEqual({ ok: true });
    await whenPersistenceSettled();
    expect(getStorageHealth().persisted).toBe('granted');
  });
});

describe('persistence edge cases', () => {
  it('reads as not asked when the record of asking cannot be read', async () => {
    freshStorage();
    await openStorage();
    const db = openedDatabase();
    if (!db) throw new Error('no db');
    db.close();
    expect(await readPersistState(db)).toBe('not-asked');
  });

  it('does not ask when the browser’s way of asking has gone since opening', async () => {
    const manager: { persist?: () => Promise<boolean> } = fakeStorageManager();
    freshStorage({ storageManager: () => manager });
    await openStorage();
    delete manager.persist;
    expect(await savePreferences(preferences)).toEqual({ ok: true });
    await whenPersistenceSettled();
    expect(getStorageHealth().persisted).toBe('not-asked');
  });
});
