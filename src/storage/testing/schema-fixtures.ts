import type { Fixture } from './migration-harness';

/**
 * Data as each schema version stored it. Adding a schema version means adding its fixture here:
 * the migration test fails for any version without one.
 */
export const SCHEMA_FIXTURES: Readonly<Record<number, Fixture>> = {
  1: {
    settings: [
      { key: 'preferences', value: { locale: 'cy', nation: 'wales', role: 'pa' }, updatedAt: '2025-01-02T10:00:00.000Z' },
      { key: 'persistRequested', value: true, updatedAt: '2025-01-02T10:00:01.000Z' },
    ],
    checklistRuns: [
      {
        id: 'run-1',
        checklistId: 'before-your-pa-starts',
        label: 'For Sam',
        createdAt: '2025-01-03T09:00:00.000Z',
        updatedAt: '2025-01-04T09:00:00.000Z',
      },
    ],
    checklistAnswers: [
      { runId: 'run-1', itemId: 'insurance', done: true, note: 'Policy 123', updatedAt: '2025-01-04T09:00:00.000Z' },
      { runId: 'run-1', itemId: 'dbs-check', done: false, note: '', updatedAt: '2025-01-03T09:30:00.000Z' },
    ],
    drafts: [
      { key: 'tool:minimum-wage', value: { hours: '31', pay: '38000' }, updatedAt: '2025-01-05T18:00:00.000Z' },
      // Written by a pre-release build that did not stamp drafts: v2 must backfill it.
      { key: 'tool:rate-check', value: { rate: '1650' } },
    ],
    savedResults: [
      {
        id: 'result-1',
        tool: 'minimum-wage',
        label: 'March payslip',
        createdAt: '2025-01-06T12:00:00.000Z',
        input: { hoursWorked: 31 },
        result: { owedPence: 4210 },
      },
    ],
  },
  2: {
    settings: [{ key: 'preferences', value: { locale: 'en-GB', nation: 'scotland', role: 'employer' }, updatedAt: '2025-05-01T08:00:00.000Z' }],
    checklistRuns: [
      { id: 'run-9', checklistId: 'home-visit', label: 'Visit', createdAt: '2025-05-01T08:00:00.000Z', updatedAt: '2025-05-01T08:00:00.000Z' },
    ],
    checklistAnswers: [{ runId: 'run-9', itemId: 'contract', done: true, note: '', updatedAt: '2025-05-01T08:00:00.000Z' }],
    drafts: [{ key: 'tool:holiday', value: { days: 3 }, updatedAt: '2025-05-01T08:00:00.000Z' }],
    savedResults: [],
  },
  3: {
    settings: [
      { key: 'preferences', value: { locale: 'en', nation: 'england', role: 'rep' }, updatedAt: '2026-01-10T08:00:00.000Z' },
      { key: 'holidayEntitlement', value: { leaveYearStart: '2026-04-01', minutes: 10080 }, updatedAt: '2026-01-10T08:00:00.000Z' },
    ],
    checklistRuns: [
      { id: 'run-20', checklistId: 'home-visit', label: 'Visit to A.', createdAt: '2026-01-10T09:00:00.000Z', updatedAt: '2026-01-10T09:30:00.000Z' },
    ],
    checklistAnswers: [{ runId: 'run-20', itemId: 'contract', done: true, note: 'No written statement', updatedAt: '2026-01-10T09:30:00.000Z' }],
    drafts: [{ key: 'visit:new', value: { place: 'Tuesday visit' }, updatedAt: '2026-01-10T10:00:00.000Z' }],
    savedResults: [
      { id: 'result-20', tool: 'minimum-wage', label: 'January', createdAt: '2026-01-10T09:40:00.000Z', input: { grossPay: '900' }, result: { ok: true } },
    ],
    visits: [
      {
        id: 'visit-1',
        date: '2026-01-10',
        place: 'Tuesday visit, Cardiff',
        seen: 'A.',
        findings: 'Travel time not paid',
        checklistRunIds: ['run-20'],
        savedResultIds: ['result-20'],
        createdAt: '2026-01-10T09:00:00.000Z',
        updatedAt: '2026-01-10T10:00:00.000Z',
      },
    ],
    followUps: [
      { id: 'follow-1', visitId: 'visit-1', action: 'Send the ACAS leaflet', dueDate: '2026-01-17', done: false, createdAt: '2026-01-10T10:00:00.000Z', updatedAt: '2026-01-10T10:00:00.000Z' },
      // Written with the passphrase lock on: the action is sealed. Upgrades must carry it over untouched.
      {
        id: 'follow-2',
        visitId: 'visit-1',
        dueDate: '',
        done: true,
        createdAt: '2026-01-10T10:01:00.000Z',
        updatedAt: '2026-01-10T10:01:00.000Z',
        sealed: { iv: 'AQIDBAUGBwgJCgsM', data: 'yMnKyw==' },
      },
    ],
    shifts: [
      {
        id: 'shift-1',
        date: '2026-01-05',
        start: '22:00',
        end: '07:00',
        employer: 'Mrs B',
        travelMinutes: 20,
        trainingMinutes: 0,
        sleepIn: true,
        sleepInAwakeMinutes: 45,
        note: 'Woken twice',
        createdAt: '2026-01-06T08:00:00.000Z',
        updatedAt: '2026-01-06T08:00:00.000Z',
      },
    ],
    payslips: [
      {
        id: 'payslip-1',
        periodStart: '2025-12-01',
        periodEnd: '2025-12-31',
        employer: 'Mrs B',
        grossPence: 120000,
        taxAndPensionPence: 8000,
        employerDeductionsPence: 2500,
        note: '',
        createdAt: '2026-01-02T08:00:00.000Z',
        updatedAt: '2026-01-02T08:00:00.000Z',
      },
    ],
    holidays: [
      { id: 'holiday-1', date: '2026-01-02', minutes: 480, employer: 'Mrs B', note: '', createdAt: '2026-01-02T08:00:00.000Z', updatedAt: '2026-01-02T08:00:00.000Z' },
    ],
  },
};
