import Dexie from 'dexie';
import { IDBObjectStore } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createChecklistRun } from './checklist-runs';
import { saveDraft } from './drafts';
import { savePreferences } from './preferences';
import { saveResult } from './saved-results';
import { RecordNotFoundError } from './storage-errors';
import { openedDatabase, openStorage } from './storage-health';
import { freshStorage, resetStorage } from './testing/fresh-storage';
import { runWrite, toWriteFailure } from './write-result';

afterEach(async () => {
  vi.restoreAllMocks();
  await resetStorage();
});

const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

describe('writes when the device is full', () => {
  it('come back as { ok: false, reason: "quota" } instead of throwing', async () => {
    freshStorage();
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw quota();
    });
    expect(await savePreferences({ locale: 'en-GB', nation: 'wales', role: 'employer' })).toEqual({
      ok: false,
      reason: 'quota',
      message: expect.any(String),
    });
    expect(await saveDraft('tool:x', { typed: 'abc' })).toMatchObject({ ok: false, reason: 'quota' });
  });

  it('are reported as quota even when the browser aborts the whole transaction', async () => {
    freshStorage();
    vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(() => {
      throw quota();
    });
    expect(await createChecklistRun({ checklistId: 'c', label: 'x' })).toMatchObject({ ok: false, reason: 'quota' });
    expect(await saveResult({ tool: 't', label: 'x', input: 1, result: 2 })).toMatchObject({ ok: false, reason: 'quota' });
  });
});

describe('runWrite', () => {
  it('passes on what the write returns alongside ok', async () => {
    freshStorage();
    expect(await runWrite(() => Promise.resolve({ id: 'x' }), { savesUserData: false })).toEqual({ ok: true, id: 'x' });
  });

  it('reports a database closed under it (e.g. by an upgrade in another tab) as unavailable', async () => {
    freshStorage();
    await openStorage();
    openedDatabase()?.close();
    expect(await saveDraft('k', 1)).toMatchObject({ ok: false, reason: 'unavailable' });
  });

  it('turns any other failure into reason "error" with the message for logs', async () => {
    freshStorage();
    expect(await runWrite(() => Promise.reject(new Error('boom')), { savesUserData: true })).toEqual({
      ok: false,
      reason: 'error',
      message: 'boom',
    });
  });
});

describe('toWriteFailure', () => {
  it.each([
    ['a DOMException QuotaExceededError', quota()],
    ['Dexie’s wrapped quota error', new Dexie.QuotaExceededError('full')],
    ['an abort caused by quota', new Dexie.AbortError('Transaction aborted', quota())],
    ['a bulk write where one row hit quota', new Dexie.BulkError('1 of 2 failed', { 1: quota() })],
    ['Firefox’s old quota error', Object.assign(new Error('full'), { name: 'NS_ERROR_DOM_QUOTA_REACHED' })],
    ['legacy DOMException code 22', { code: 22, name: 'Error' }],
  ])('recognises %s as quota', (_, error) => {
    expect(toWriteFailure(error).reason).toBe('quota');
  });

  it('recognises a record that has gone as not-found', () => {
    expect(toWriteFailure(new RecordNotFoundError('No checklist run x'))).toEqual({
      ok: false,
      reason: 'not-found',
      message: 'No checklist run x',
    });
  });

  it.each([
    ['a closed database', new Dexie.DatabaseClosedError()],
    ['a missing IndexedDB', new Dexie.MissingAPIError()],
  ])('recognises %s as unavailable', (_, error) => {
    expect(toWriteFailure(error).reason).toBe('unavailable');
  });

  it('leaves the message out when there is none to give', () => {
    expect(toWriteFailure(undefined)).toEqual({ ok: false, reason: 'error' });
    expect(toWriteFailure(new Error(''))).toEqual({ ok: false, reason: 'error' });
    expect(toWriteFailure('plain text')).toEqual({ ok: false, reason: 'error', message: 'plain text' });
    expect(toWriteFailure({ message: 42 })).toEqual({ ok: false, reason: 'error' });
  });

  it('copes with errors whose causes loop back on themselves', () => {
    const looping: { name: string; inner?: unknown } = { name: 'AbortError' };
    looping.inner = looping;
    expect(toWriteFailure(looping).reason).toBe('error');
  });
});
