import { afterEach, describe, expect, it } from 'vitest';
import { setChecklistAnswer } from '../checklist-answers';
import { createChecklistRun } from '../checklist-runs';
import { turnLockOn } from '../crypto/lock';
import { lockNow } from '../crypto/lock-status';
import { deleteEverything } from '../delete-everything';
import { saveDraft } from '../drafts';
import { addHoliday, setHolidayEntitlement } from '../holidays';
import { createPayslip } from '../payslips';
import { loadPreferences, savePreferences } from '../preferences';
import { saveResult } from '../saved-results';
import { createShift } from '../shifts';
import { openedDatabase } from '../storage-health';
import { freshStorage, resetStorage } from '../testing/fresh-storage';
import { createFollowUp, createVisit, updateVisit } from '../visits';
import { exportEverything } from './export';
import { EXPORT_FORMAT, EXPORT_VERSION } from './format';
import { applyImport, prepareImport, type ImportPlan } from './import';

afterEach(resetStorage);

async function fill(): Promise<{ visitId: string }> {
  await savePreferences({ locale: 'cy', nation: 'wales', role: 'rep' });
  await setHolidayEntitlement({ leaveYearStart: '2026-04-01', minutes: 6720 });
  const run = await createChecklistRun({ checklistId: 'home-visit', label: 'Visit to Ffion' });
  if (!run.ok) throw new Error('no run');
  await setChecklistAnswer(run.id, 'contract', { done: true, note: 'Dim contract, "quoted"\nline two' });
  const result = await saveResult({ tool: 'minimum-wage', label: 'Mawrth', input: { grossPay: '900' }, result: { ok: true, shortfallPence: 1234 } });
  if (!result.ok) throw new Error('no result');
  const visit = await createVisit({ date: '2026-03-10', place: 'Caerdydd', seen: 'F.', findings: 'Teithio heb ei dalu', checklistRunIds: [run.id], savedResultIds: [result.id] });
  if (!visit.ok) throw new Error('no visit');
  await createFollowUp(visit.id, { action: 'Anfon taflen', dueDate: '2026-03-17' });
  await createShift({ date: '2026-03-02', start: '22:00', end: '07:00', employer: 'Mrs B', travelMinutes: 20, trainingMinutes: 0, sleepIn: true, sleepInAwakeMinutes: 45, note: 'Woken twice' });
  await createPayslip({ periodStart: '2026-03-01', periodEnd: '2026-03-31', employer: 'Mrs B', grossPence: 150000, taxAndPensionPence: 9000, employerDeductionsPence: 2500, note: '' });
  await addHoliday({ date: '2026-04-03', minutes: 480, employer: 'Mrs B', note: 'Easter' });
  await saveDraft('tool:minimum-wage', { basicHours: '31' });
  return { visitId: visit.id };
}

async function exported(): Promise<string> {
  const result = await exportEverything();
  if (!result.ok) throw new Error(`export failed: ${result.reason}`);
  return result.text;
}

async function planFor(text: string): Promise<ImportPlan> {
  const prepared = await prepareImport(text);
  if (!prepared.ok) throw new Error(`import refused: ${JSON.stringify(prepared)}`);
  return prepared.plan;
}

function fileWith(change: (data: Record<string, unknown>) => void, base: string): string {
  const file = JSON.parse(base) as { data: Record<string, unknown> };
  change(file.data);
  return JSON.stringify(file);
}

describe('export', () => {
  it('writes one versioned JSON file with every section, in plain form, the same bytes every time', async () => {
    freshStorage();
    await fill();
    const text = await exported();
    const file = JSON.parse(text) as { format: string; version: number; data: Record<string, unknown[]> };
    expect(file.format).toBe(EXPORT_FORMAT);
    expect(file.version).toBe(EXPORT_VERSION);
    expect(Object.keys(file.data)).toEqual([
      'preferences', 'holidayEntitlement', 'checklistRuns', 'checklistAnswers', 'savedResults',
      'visits', 'followUps', 'shifts', 'payslips', 'holidays', 'drafts',
    ]);
    expect(file.data.visits).toEqual([expect.objectContaining({ place: 'Caerdydd', seen: 'F.' })]);
    expect(await exported()).toBe(text);
  });

  it('leaves out what belongs to this device only: the lock and whether persistence was asked', async () => {
    freshStorage();
    await fill();
    await turnLockOn('blue kettle river');
    const text = await exported();
    expect(text).not.toContain('"lock"');
    expect(text).not.toContain('persistRequested');
    expect(text).toContain('Teithio heb ei dalu');
  }, 20_000);

  it('needs an unlocked session when the lock is on', async () => {
    freshStorage();
    await fill();
    await turnLockOn('blue kettle river');
    lockNow();
    expect(await exportEverything()).toMatchObject({ ok: false, reason: 'locked' });
  }, 20_000);
});

describe('export → delete everything → import → export', () => {
  it('gives back an identical file', async () => {
    freshStorage();
    await fill();
    const first = await exported();
    await deleteEverything();
    const plan = await planFor(first);
    expect(plan.preview.every((section) => section.replace === 0 && section.unchanged === 0)).toBe(true);
    expect(plan.preview.find((section) => section.section === 'shifts')).toEqual({ section: 'shifts', add: 1, replace: 0, unchanged: 0 });
    expect(await applyImport(plan)).toMatchObject({ ok: true, added: 11, replaced: 0 });
    expect(await exported()).toBe(first);
    expect(await loadPreferences()).toEqual({ locale: 'cy', nation: 'wales', role: 'rep' });
  });

  it('gives back an identical file with the lock on, the records sealed on the device', async () => {
    freshStorage();
    await fill();
    const first = await exported();
    await deleteEverything();
    await turnLockOn('blue kettle river');
    await applyImport(await planFor(first));
    expect(await exported()).toBe(first);
    const raw = JSON.stringify(await openedDatabase()?.visits.toArray());
    expect(raw).not.toContain('Caerdydd');
  }, 20_000);
});

describe('the import preview', () => {
  it('shows what would be added, replaced or is already the same', async () => {
    freshStorage();
    const { visitId } = await fill();
    const text = await exported();
    await updateVisit(visitId, { date: '2026-03-10', place: 'Changed', seen: '', findings: '', checklistRunIds: [], savedResultIds: [] });
    await createShift({ date: '2026-05-01', start: '09:00', end: '10:00', employer: '', travelMinutes: 0, trainingMinutes: 0, sleepIn: false, sleepInAwakeMinutes: 0, note: '' });
    const extra = fileWith((data) => {
      (data.holidays as object[]).push({ id: 'new-holiday', date: '2026-05-05', minutes: 60, employer: '', note: '', createdAt: '2026-05-05T10:00:00.000Z', updatedAt: '2026-05-05T10:00:00.000Z' });
    }, text);
    const plan = await planFor(extra);
    const by = Object.fromEntries(plan.preview.map(({ section, ...counts }) => [section, counts]));
    expect(by.visits).toEqual({ add: 0, replace: 1, unchanged: 0 });
    expect(by.shifts).toEqual({ add: 0, replace: 0, unchanged: 1 });
    expect(by.holidays).toEqual({ add: 1, replace: 0, unchanged: 1 });
    expect(by.preferences).toEqual({ add: 0, replace: 0, unchanged: 1 });
  });

  it('keeps records on the device that the file does not have', async () => {
    freshStorage();
    await fill();
    const text = await exported();
    await createShift({ date: '2026-05-01', start: '09:00', end: '10:00', employer: '', travelMinutes: 0, trainingMinutes: 0, sleepIn: false, sleepInAwakeMinutes: 0, note: '' });
    await applyImport(await planFor(text));
    expect(await openedDatabase()?.shifts.count()).toBe(2);
  });
});

describe('a file that cannot be imported', () => {
  const problemsOf = async (text: string) => {
    const prepared = await prepareImport(text);
    if (prepared.ok || !('problems' in prepared)) throw new Error(`expected problems, got ${JSON.stringify(prepared)}`);
    return prepared.problems;
  };

  it('is refused with the reason, and nothing on the device changes', async () => {
    freshStorage();
    await fill();
    const good = await exported();
    const newer = JSON.stringify({ ...JSON.parse(good), version: EXPORT_VERSION + 1 });
    expect(await problemsOf('')).toEqual([{ code: 'empty' }]);
    expect(await problemsOf('hello')).toEqual([{ code: 'not-json' }]);
    expect(await problemsOf(good.slice(0, Math.floor(good.length / 2)))).toEqual([{ code: 'truncated' }]);
    expect(await problemsOf('{"name":"someone else’s backup"}')).toEqual([{ code: 'foreign' }]);
    expect(await problemsOf('[1,2,3]')).toEqual([{ code: 'foreign' }]);
    expect(await problemsOf(newer)).toEqual([{ code: 'newer-version', version: EXPORT_VERSION + 1 }]);
    expect(await problemsOf(JSON.stringify({ format: EXPORT_FORMAT, version: 'one' }))).toEqual([{ code: 'bad-version' }]);
    expect(await exported()).toBe(good);
  });

  it('says which section, record and field is wrong, for every problem in the file', async () => {
    freshStorage();
    await fill();
    const text = fileWith((data) => {
      const shifts = data.shifts as Record<string, unknown>[];
      shifts.push({ ...shifts[0], id: 'second', start: '25:00', travelMinutes: -5 });
      shifts.push({ ...shifts[0] });
      const payslips = data.payslips as Record<string, unknown>[];
      payslips[0] = { ...payslips[0], periodEnd: '2026-02-01' };
      delete (data.visits as Record<string, unknown>[])[0]!.findings;
      delete data.drafts;
    }, await exported());
    expect(await problemsOf(text)).toEqual([
      { code: 'missing-field', section: 'visits', index: 0, field: 'findings' },
      { code: 'bad-value', section: 'shifts', index: 1, field: 'start', expected: 'time' },
      { code: 'bad-value', section: 'shifts', index: 1, field: 'travelMinutes', expected: 'minutes' },
      { code: 'duplicate', section: 'shifts', index: 2 },
      { code: 'bad-period', section: 'payslips', index: 0, field: 'periodEnd' },
      { code: 'missing-section', section: 'drafts' },
    ]);
  });

  it('lists the first problems and says how many more there are', async () => {
    freshStorage();
    const text = fileWith((data) => {
      data.shifts = Array.from({ length: 40 }, () => 'not a shift');
    }, await exported());
    const problems = await problemsOf(text);
    expect(problems).toHaveLength(26);
    expect(problems.at(-1)).toEqual({ code: 'too-many-problems', index: 15 });
  });

  it('is refused when a follow-up or an answer would belong to nothing', async () => {
    freshStorage();
    await fill();
    const text = fileWith((data) => {
      data.visits = [];
      data.checklistRuns = [];
    }, await exported());
    await deleteEverything();
    expect(await problemsOf(text)).toEqual([
      { code: 'orphan', section: 'followUps', index: 0, field: 'visitId' },
      { code: 'orphan', section: 'checklistAnswers', index: 0, field: 'runId' },
    ]);
  });

  it('changes nothing when writing fails part-way', async () => {
    freshStorage();
    await fill();
    const text = await exported();
    await deleteEverything();
    const plan = await planFor(text);
    const db = openedDatabase();
    if (!db) throw new Error('no db');
    db.holidays.hook('creating', () => {
      throw new Error('disk full');
    });
    expect(await applyImport(plan)).toMatchObject({ ok: false, reason: 'error' });
    for (const table of db.tables) expect(await table.count(), table.name).toBe(0);
  });

  it('cannot go onto a locked device', async () => {
    freshStorage();
    await fill();
    const text = await exported();
    await turnLockOn('blue kettle river');
    lockNow();
    expect(await prepareImport(text)).toMatchObject({ ok: false, reason: 'locked' });
  }, 20_000);
});
