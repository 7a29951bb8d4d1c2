import { isIsoDate } from '../../domain/shared/iso-date';
import type { Payslip, PayslipInput } from '../../storage';
import { parsePounds, penceToInput } from './duration';
import { EMPLOYER_MAX_LENGTH, NOTE_MAX_LENGTH } from './shift-form-values';

export interface PayslipForm {
  periodStart: string;
  periodEnd: string;
  employer: string;
  gross: string;
  taxAndPension: string;
  employerDeductions: string;
  note: string;
}

export type PayslipField = keyof PayslipForm;

export interface PayslipFormError {
  field: PayslipField;
  code: 'required' | 'invalid' | 'too-large' | 'too-long' | 'before-start' | 'more-than-gross';
}

export const EMPTY_PAYSLIP_FORM: PayslipForm = {
  periodStart: '',
  periodEnd: '',
  employer: '',
  gross: '',
  taxAndPension: '',
  employerDeductions: '',
  note: '',
};

export function payslipToForm(payslip: Payslip): PayslipForm {
  return {
    periodStart: payslip.periodStart,
    periodEnd: payslip.periodEnd,
    employer: payslip.employer,
    gross: penceToInput(payslip.grossPence),
    taxAndPension: payslip.taxAndPensionPence ? penceToInput(payslip.taxAndPensionPence) : '',
    employerDeductions: payslip.employerDeductionsPence ? penceToInput(payslip.employerDeductionsPence) : '',
    note: payslip.note,
  };
}

export function restorePayslipForm(stored: unknown, fallback: PayslipForm): PayslipForm | undefined {
  if (stored === null || typeof stored !== 'object') return undefined;
  const record = stored as Record<string, unknown>;
  const form = { ...fallback };
  for (const field of Object.keys(fallback) as PayslipField[]) {
    const value = record[field];
    if (typeof value === 'string') form[field] = value;
  }
  return form;
}

export type PayslipEvaluation = { ok: true; input: PayslipInput } | { ok: false; errors: PayslipFormError[] };

export function evaluatePayslipForm(form: PayslipForm): PayslipEvaluation {
  const errors: PayslipFormError[] = [];
  for (const field of ['periodStart', 'periodEnd'] as const) {
    if (form[field] === '') errors.push({ field, code: 'required' });
    else if (!isIsoDate(form[field])) errors.push({ field, code: 'invalid' });
  }
  if (isIsoDate(form.periodStart) && isIsoDate(form.periodEnd) && form.periodEnd < form.periodStart) {
    errors.push({ field: 'periodEnd', code: 'before-start' });
  }
  if (form.employer.trim().length > EMPLOYER_MAX_LENGTH) errors.push({ field: 'employer', code: 'too-long' });
  const gross = parsePounds(form.gross);
  if (!gross.ok) errors.push({ field: 'gross', code: gross.problem === 'not-money' ? 'invalid' : gross.problem });
  const tax = parsePounds(form.taxAndPension, { allowBlank: true });
  if (!tax.ok) errors.push({ field: 'taxAndPension', code: tax.problem === 'not-money' ? 'invalid' : 'too-large' });
  const kept = parsePounds(form.employerDeductions, { allowBlank: true });
  if (!kept.ok) errors.push({ field: 'employerDeductions', code: kept.problem === 'not-money' ? 'invalid' : 'too-large' });
  if (gross.ok && tax.ok && kept.ok && tax.pence + kept.pence > gross.pence) {
    errors.push({ field: 'employerDeductions', code: 'more-than-gross' });
  }
  if (form.note.trim().length > NOTE_MAX_LENGTH) errors.push({ field: 'note', code: 'too-long' });
  if (errors.length > 0 || !gross.ok || !tax.ok || !kept.ok) return { ok: false, errors };
  return {
    ok: true,
    input: {
      periodStart: form.periodStart,
      periodEnd: form.periodEnd,
      employer: form.employer,
      grossPence: gross.pence,
      taxAndPensionPence: tax.pence,
      employerDeductionsPence: kept.pence,
      note: form.note,
    },
  };
}
