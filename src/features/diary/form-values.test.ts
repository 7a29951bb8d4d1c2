import { describe, expect, it } from 'vitest';
import { evaluatePayslipForm, EMPTY_PAYSLIP_FORM, payslipToForm, restorePayslipForm } from './payslip-form-values';
import { emptyShiftForm, evaluateShiftForm, restoreShiftForm, shiftToForm } from './shift-form-values';

describe('the shift form', () => {
  const filled = { ...emptyShiftForm('2026-03-02'), start: '22:00', end: '07:00', employer: ' Mrs B ', travel: '0:20', training: '', sleepIn: 'yes' as const, awake: '45' };

  it('becomes a shift with every duration in minutes', () => {
    expect(evaluateShiftForm(filled)).toEqual({
      ok: true,
      input: { date: '2026-03-02', start: '22:00', end: '07:00', employer: ' Mrs B ', travelMinutes: 20, trainingMinutes: 0, sleepIn: true, sleepInAwakeMinutes: 45, note: '' },
    });
  });

  it('ignores time awake when it was not a sleep-in', () => {
    const result = evaluateShiftForm({ ...filled, sleepIn: 'no', awake: 'lots' });
    expect(result.ok && result.input.sleepInAwakeMinutes).toBe(0);
  });

  it('lists every problem in page order', () => {
    expect(evaluateShiftForm({ ...emptyShiftForm(''), travel: 'an hour', training: '30:00', sleepIn: 'yes', awake: '13:00' })).toEqual({
      ok: false,
      errors: [
        { field: 'date', code: 'required' },
        { field: 'start', code: 'required' },
        { field: 'end', code: 'required' },
        { field: 'travel', code: 'invalid' },
        { field: 'training', code: 'too-large' },
        { field: 'awake', code: 'too-large' },
      ],
    });
    expect(evaluateShiftForm({ ...filled, sleepIn: '' })).toMatchObject({ ok: false, errors: [{ field: 'sleepIn', code: 'required' }] });
  });

  it('comes back the same from a saved shift or a draft', () => {
    const result = evaluateShiftForm(filled);
    if (!result.ok) throw new Error('invalid');
    const shift = { ...result.input, id: 'x', createdAt: '', updatedAt: '' };
    expect(evaluateShiftForm(shiftToForm(shift))).toEqual(result);
    expect(restoreShiftForm({ ...filled, sleepIn: 'maybe', extra: 1 }, emptyShiftForm('2026-01-01'))).toEqual({ ...filled, sleepIn: '' });
    expect(restoreShiftForm('nonsense', filled)).toBeUndefined();
  });
});

describe('the payslip form', () => {
  const filled = { ...EMPTY_PAYSLIP_FORM, periodStart: '2026-03-01', periodEnd: '2026-03-31', gross: '£1,200.50', taxAndPension: '80', employerDeductions: '' };

  it('becomes a payslip in pence', () => {
    expect(evaluatePayslipForm(filled)).toMatchObject({ ok: true, input: { grossPence: 120050, taxAndPensionPence: 8000, employerDeductionsPence: 0 } });
  });

  it('refuses a period that ends before it starts, and deductions above the pay', () => {
    expect(evaluatePayslipForm({ ...filled, periodEnd: '2026-02-01', employerDeductions: '2000' })).toEqual({
      ok: false,
      errors: [
        { field: 'periodEnd', code: 'before-start' },
        { field: 'employerDeductions', code: 'more-than-gross' },
      ],
    });
    expect(evaluatePayslipForm(EMPTY_PAYSLIP_FORM)).toMatchObject({
      ok: false,
      errors: [
        { field: 'periodStart', code: 'required' },
        { field: 'periodEnd', code: 'required' },
        { field: 'gross', code: 'required' },
      ],
    });
  });

  it('comes back the same from a saved payslip or a draft', () => {
    const result = evaluatePayslipForm(filled);
    if (!result.ok) throw new Error('invalid');
    expect(evaluatePayslipForm(payslipToForm({ ...result.input, id: 'p', createdAt: '', updatedAt: '' }))).toEqual(result);
    expect(restorePayslipForm({ gross: '5', note: 3 }, EMPTY_PAYSLIP_FORM)).toEqual({ ...EMPTY_PAYSLIP_FORM, gross: '5' });
  });
});
