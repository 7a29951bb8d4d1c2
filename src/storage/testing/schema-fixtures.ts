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
};
