// @vitest-environment jsdom
import { act, cleanup, renderHook, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { setChecklistAnswer } from '../checklist-answers';
import { createChecklistRun, useChecklistRuns } from '../checklist-runs';
import { deleteEverything } from '../delete-everything';
import { loadDraft, saveDraft } from '../drafts';
import { addHoliday } from '../holidays';
import { createPayslip } from '../payslips';
import { getSavedResult, saveResult } from '../saved-results';
import { createShift } from '../shifts';
import { openedDatabase } from '../storage-health';
import { freshStorage, resetStorage } from '../testing/fresh-storage';
import { createFollowUp, createVisit, useVisits } from '../visits';
import { changePassphrase, turnLockOff, turnLockOn, unlock } from './lock';
import { LOCK_SETTING_KEY } from './lock-record';
import { lockNow, useLockState } from './lock-status';
import { forgetLockSession, getLockState } from './session';

afterEach(async () => {
  vi.useRealTimers();
  cleanup();
  await resetStorage();
});

const PASSPHRASE = 'blue kettle river';
const SECRETS = ['Sam Jones', 'Private note', 'Mrs Bright', 'Flat 3 visit', 'Travel unpaid', 'Send leaflet', 'half typed', 'Payslip note', 'Shift note', 'Holiday note', 'March check'];

/** Everything in the database as text, to search for plain text. */
async function rawDatabaseText(): Promise<string> {
  const db = openedDatabase();
  if (!db) throw new Error('no db');
  const parts: string[] = [];
  for (const table of db.tables) parts.push(JSON.stringify(await table.toArray()));
  return parts.join('\n');
}

async function fillWithPersonalRecords(): Promise<{ runId: string; resultId: string }> {
  const run = await createChecklistRun({ checklistId: 'home-visit', label: 'Sam Jones' });
  if (!run.ok) throw new Error('no run');
  await setChecklistAnswer(run.id, 'contract', { done: true, note: 'Private note' });
  await saveDraft('visit:new', { place: 'half typed' });
  const result = await saveResult({ tool: 'minimum-wage', label: 'March check', input: { employer: 'Mrs Bright' }, result: {} });
  if (!result.ok) throw new Error('no result');
  const visit = await createVisit({ date: '2026-03-10', place: 'Flat 3 visit', seen: 'Sam Jones', findings: 'Travel unpaid', checklistRunIds: [run.id], savedResultIds: [result.id] });
  if (!visit.ok) throw new Error('no visit');
  await createFollowUp(visit.id, { action: 'Send leaflet', dueDate: '2026-03-17' });
  await createShift({ date: '2026-03-02', start: '09:00', end: '17:00', employer: 'Mrs Bright', travelMinutes: 0, trainingMinutes: 0, sleepIn: false, sleepInAwakeMinutes: 0, note: 'Shift note' });
  await createPayslip({ periodStart: '2026-03-01', periodEnd: '2026-03-31', employer: 'Mrs Bright', grossPence: 1, taxAndPensionPence: 0, employerDeductionsPence: 0, note: 'Payslip note' });
  await addHoliday({ date: '2026-03-20', minutes: 60, employer: 'Mrs Bright', note: 'Holiday note' });
  return { runId: run.id, resultId: result.id };
}

describe('turning the lock on', () => {
  it('seals every name, note and diary entry already stored, leaving no plain text in the database', async () => {
    freshStorage();
    const { resultId } = await fillWithPersonalRecords();
    for (const secret of SECRETS) expect(await rawDatabaseText()).toContain(secret);

    expect(await turnLockOn(PASSPHRASE)).toEqual({ ok: true });
    const raw = await rawDatabaseText();
    for (const secret of SECRETS) expect(raw, secret).not.toContain(secret);
    expect(raw).not.toContain(PASSPHRASE);
    expect(getLockState()).toMatchObject({ status: 'unlocked', autoLockMinutes: 10 });

    // Unlocked, everything reads as before.
    expect(await loadDraft('visit:new')).toEqual({ place: 'half typed' });
    expect(await getSavedResult(resultId)).toMatchObject({ label: 'March check', input: { employer: 'Mrs Bright' } });
  }, 30_000);

  it('seals what is written afterwards too', async () => {
    freshStorage();
    await turnLockOn(PASSPHRASE);
    await fillWithPersonalRecords();
    const raw = await rawDatabaseText();
    for (const secret of SECRETS) expect(raw, secret).not.toContain(secret);
  }, 30_000);

  it('refuses a short passphrase, and a second lock', async () => {
    freshStorage();
    expect(await turnLockOn('short')).toEqual({ ok: false, reason: 'too-short' });
    expect(await turnLockOn(PASSPHRASE)).toEqual({ ok: true });
    expect(await turnLockOn('another passphrase')).toEqual({ ok: false, reason: 'already-on' });
  }, 30_000);

  it('changes nothing at all when it fails part-way', async () => {
    freshStorage();
    await fillWithPersonalRecords();
    const db = openedDatabase();
    if (!db) throw new Error('no db');
    db.shifts.hook('updating', () => {
      throw new Error('interrupted');
    });
    db.shifts.hook('creating', () => {
      throw new Error('interrupted');
    });
    const before = await rawDatabaseText();
    expect(await turnLockOn(PASSPHRASE)).toMatchObject({ ok: false, reason: 'error' });
    expect(await rawDatabaseText()).toBe(before);
    expect(await db.settings.get(LOCK_SETTING_KEY)).toBeUndefined();
    expect(getLockState().status).not.toBe('unlocked');
  }, 30_000);
});

describe('a locked session', () => {
  it('can read and write no personal record, and says so', async () => {
    freshStorage();
    const { resultId } = await fillWithPersonalRecords();
    await turnLockOn(PASSPHRASE);
    const visits = renderHook(() => useVisits(10));
    const runs = renderHook(() => useChecklistRuns());
    await waitFor(() => expect(visits.result.current.status).toBe('ready'));

    act(() => lockNow());
    await waitFor(() => expect(visits.result.current).toEqual({ status: 'locked' }));
    // Screens built before the lock see "loading" rather than a state they do not know.
    expect(runs.result.current).toEqual({ status: 'loading' });
    expect(await loadDraft('visit:new')).toBeUndefined();
    expect(await getSavedResult(resultId)).toBeUndefined();
    expect(await saveDraft('visit:new', { place: 'x' })).toMatchObject({ ok: false, reason: 'locked' });
    expect(await createChecklistRun({ checklistId: 'c', label: 'x' })).toMatchObject({ ok: false, reason: 'locked' });
  }, 30_000);

  it('never writes plain text, even in a tab that has not yet heard the lock is on', async () => {
    freshStorage();
    await turnLockOn(PASSPHRASE);
    forgetLockSession();
    expect(await saveDraft('k', { note: 'Sam Jones' })).toMatchObject({ ok: false, reason: 'locked' });
    expect(await rawDatabaseText()).not.toContain('Sam Jones');
  }, 30_000);

  it('unlocks with the right passphrase only', async () => {
    freshStorage();
    await fillWithPersonalRecords();
    await turnLockOn(PASSPHRASE);
    const state = renderHook(() => useLockState());
    act(() => lockNow());
    expect(state.result.current).toMatchObject({ status: 'locked', reason: 'manual' });
    const visits = renderHook(() => useVisits(10));
    await waitFor(() => expect(visits.result.current).toEqual({ status: 'locked' }));

    expect(await unlock('blue kettle rivers')).toEqual({ ok: false, reason: 'wrong-passphrase' });
    expect(state.result.current.status).toBe('locked');
    expect(await act(() => unlock(PASSPHRASE))).toEqual({ ok: true });
    expect(state.result.current.status).toBe('unlocked');
    await waitFor(() => expect(visits.result.current.status === 'ready' && visits.result.current.value.visits[0]?.visit.seen).toBe('Sam Jones'));
  }, 30_000);

  it('locks itself after the chosen time without use, and not while in use', async () => {
    freshStorage();
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'Date'] });
    await turnLockOn(PASSPHRASE, 5);
    vi.advanceTimersByTime(4 * 60_000);
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'a' }));
    vi.advanceTimersByTime(4 * 60_000);
    expect(getLockState().status).toBe('unlocked');
    vi.advanceTimersByTime(60_000 + 15_000);
    expect(getLockState()).toMatchObject({ status: 'locked', reason: 'timeout' });
  }, 30_000);
});

describe('changing the passphrase', () => {
  it('needs the current one, and afterwards only the new one unlocks', async () => {
    freshStorage();
    const { resultId } = await fillWithPersonalRecords();
    await turnLockOn(PASSPHRASE);
    expect(await changePassphrase('not it at all', 'green teapot sea')).toEqual({ ok: false, reason: 'wrong-passphrase' });
    expect(await changePassphrase(PASSPHRASE, 'green teapot sea')).toEqual({ ok: true });
    lockNow();
    expect(await unlock(PASSPHRASE)).toEqual({ ok: false, reason: 'wrong-passphrase' });
    expect(await unlock('green teapot sea')).toEqual({ ok: true });
    expect(await getSavedResult(resultId)).toMatchObject({ label: 'March check' });
    const raw = await rawDatabaseText();
    for (const secret of SECRETS) expect(raw, secret).not.toContain(secret);
  }, 40_000);
});

describe('turning the lock off', () => {
  it('needs the passphrase and stores everything in plain form again', async () => {
    freshStorage();
    await fillWithPersonalRecords();
    await turnLockOn(PASSPHRASE);
    expect(await turnLockOff('wrong passphrase')).toEqual({ ok: false, reason: 'wrong-passphrase' });
    expect(await turnLockOff(PASSPHRASE)).toEqual({ ok: true });
    expect(getLockState().status).toBe('off');
    const raw = await rawDatabaseText();
    for (const secret of SECRETS) expect(raw, secret).toContain(secret);
    expect(await turnLockOff(PASSPHRASE)).toEqual({ ok: false, reason: 'not-on' });
  }, 30_000);
});

describe('a forgotten passphrase', () => {
  it('leaves deleting everything as the way out, which also removes the lock', async () => {
    freshStorage();
    await fillWithPersonalRecords();
    await turnLockOn(PASSPHRASE);
    lockNow();
    expect(await deleteEverything()).toEqual({ ok: true });
    expect(getLockState().status).toBe('off');
    expect(await saveDraft('k', 'plain again')).toEqual({ ok: true });
  }, 30_000);
});
