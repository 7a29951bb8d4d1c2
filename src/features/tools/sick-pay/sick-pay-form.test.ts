import { describe, expect, it } from 'vitest';
import { evaluateSickPay, INITIAL_SICK_PAY_FORM, restoreSickPayForm, type SickPayForm } from './sick-pay-form';

const TODAY = '2026-11-23';
const may: SickPayForm = {
  ...INITIAL_SICK_PAY_FORM,
  nation: 'england',
  sicknessStart: { day: '4', month: '5', year: '2026' },
  sicknessEnd: { day: '15', month: '5', year: '2026' },
  qualifyingDays: ['1', '2', '3', '4', '5'],
  earnings: '300',
  earlier: 'no',
};

const outcome = (form: SickPayForm) => {
  const evaluation = evaluateSickPay(form, TODAY);
  return evaluation.ok ? evaluation.result : evaluation.issues.map((issue) => `${issue.field}:${issue.code}`);
};

describe('evaluateSickPay', () => {
  it('pays two weeks of sickness from the first day under the 2026 rules', () => {
    expect(outcome(may)).toMatchObject({ eligible: true, daysPaid: 10, waitingDays: 0, totalPence: 24_650 });
  });

  it('caps the weekly rate at a share of low earnings', () => {
    expect(outcome({ ...may, earnings: '100' })).toMatchObject({ totalPence: 16_000, weeklyRatesPence: [8000] });
  });

  it('asks for everything on an empty form', () => {
    expect(outcome(INITIAL_SICK_PAY_FORM)).toEqual([
      'nation:required',
      'earlier:required',
      'sicknessStart:required',
      'sicknessEnd:required',
      'earnings:required',
      'qualifyingDays:required',
    ]);
  });

  it('reports the calculator’s checks at the right fields', () => {
    expect(outcome({ ...may, sicknessEnd: { day: '1', month: '5', year: '2026' } })).toEqual(['sicknessEnd:end-before-start']);
    expect(outcome({ ...may, earnings: '£3.5.0' })).toEqual(['earnings:not-money']);
    expect(
      outcome({
        ...may,
        earlier: 'yes',
        earlierSpells: [{ start: { day: '1', month: '5', year: '2026' }, end: { day: '5', month: '5', year: '2026' } }],
      }),
    ).toEqual(['earlierEnd.0:overlap']);
    expect(outcome({ ...may, earlier: 'yes', weeksAlreadyPaid: '29' })).toEqual(['earlierStart.0:required', 'earlierEnd.0:required']);
  });

  it('links earlier sickness close enough to count as one period', () => {
    const result = outcome({
      ...may,
      earlier: 'yes',
      earlierSpells: [{ start: { day: '6', month: '4', year: '2026' }, end: { day: '10', month: '4', year: '2026' } }],
    });
    expect(result).toMatchObject({ linkedSpells: [{ start: '2026-04-06', end: '2026-04-10', gapDays: 23 }] });
  });

  it('refuses more weeks already paid than the maximum', () => {
    const result = outcome({
      ...may,
      earlier: 'yes',
      earlierSpells: [{ start: { day: '6', month: '4', year: '2026' }, end: { day: '10', month: '4', year: '2026' } }],
      weeksAlreadyPaid: '29',
    });
    expect(result).toEqual(['weeksAlreadyPaid:too-large']);
  });
});

describe('restoreSickPayForm', () => {
  it('keeps known weekdays in order and readable rows', () => {
    const restored = restoreSickPayForm({ qualifyingDays: ['0', '5', 'x', '1'], earlierSpells: [{ start: { day: '1', month: '2', year: '2026' } }] });
    expect(restored?.qualifyingDays).toEqual(['1', '5', '0']);
    expect(restored?.earlierSpells).toEqual([{ start: { day: '1', month: '2', year: '2026' }, end: { day: '', month: '', year: '' } }]);
  });
});
