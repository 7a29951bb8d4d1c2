import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { Loading } from '../../components/loading';
import type { PayslipInput, WriteFailureReason } from '../../storage';
import { InputField, NoteField } from './fields';
import { evaluatePayslipForm, restorePayslipForm, type PayslipField, type PayslipForm as PayslipFormValues } from './payslip-form-values';
import { EmployerOptions, FormProblems, useRecordForm } from './record-form';
import { EMPLOYER_MAX_LENGTH, NOTE_MAX_LENGTH } from './shift-form-values';

interface Props {
  draftKey: string;
  initial: PayslipFormValues;
  cancelTo: string;
  onSave: (input: PayslipInput) => Promise<{ ok: true; next: string } | { ok: false; reason: WriteFailureReason }>;
}

const idFor = (field: PayslipField) => `payslip-${field}`;
const LIMITS: Partial<Record<PayslipField, number>> = { employer: EMPLOYER_MAX_LENGTH, note: NOTE_MAX_LENGTH };

/** A payslip as the PA received it: the period, who paid, gross pay and the two kinds of deduction. */
export function PayslipForm({ draftKey, initial, cancelTo, onSave }: Props) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { form, draft, errors, setErrors, failure, busy, update, errorFor, save } = useRecordForm(draftKey, initial, restorePayslipForm, idFor);

  if (!draft.loaded) return <Loading />;

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const evaluation = evaluatePayslipForm(form);
    if (!evaluation.ok) {
      setErrors(evaluation.errors.map(({ field, code }) => ({ target: idFor(field), message: t(`diary.payslip.errors.${field}.${code}`, { max: LIMITS[field] }) })));
      return;
    }
    const result = await save(() => onSave(evaluation.input));
    if (result) navigate(result.next);
  };

  const money = (field: 'gross' | 'taxAndPension' | 'employerDeductions', optional = false) => (
    <InputField
      id={idFor(field)}
      label={t(`diary.payslip.${field}`)}
      hint={t(`diary.payslip.${field}Hint`)}
      error={errorFor(field)}
      optional={optional}
      value={form[field]}
      inputMode="decimal"
      size={10}
      prefix="£"
      onChange={(value) => update({ [field]: value })}
    />
  );

  return (
    <form noValidate className="diary-form" onSubmit={(event) => void submit(event)}>
      <FormProblems errors={errors} failure={failure} />
      <InputField id={idFor('periodStart')} type="date" label={t('diary.payslip.periodStart')} hint={t('diary.payslip.periodHint')} error={errorFor('periodStart')} value={form.periodStart} onChange={(periodStart) => update({ periodStart })} />
      <InputField id={idFor('periodEnd')} type="date" label={t('diary.payslip.periodEnd')} error={errorFor('periodEnd')} value={form.periodEnd} onChange={(periodEnd) => update({ periodEnd })} />
      <InputField
        id={idFor('employer')}
        label={t('diary.payslip.employer')}
        hint={t('diary.payslip.employerHint')}
        error={errorFor('employer')}
        optional
        size={30}
        list="payslip-employers"
        value={form.employer}
        onChange={(employer) => update({ employer })}
      />
      <EmployerOptions id="payslip-employers" />
      {money('gross')}
      {money('taxAndPension', true)}
      {money('employerDeductions', true)}
      <NoteField id={idFor('note')} label={t('diary.payslip.note')} error={errorFor('note')} value={form.note} onChange={(note) => update({ note })} />
      <p className="button-row">
        <button type="submit" className="button" disabled={busy}>
          {t('diary.payslip.save')}
        </button>
        <button type="button" className="button button--secondary" onClick={() => void draft.clear().then(() => navigate(cancelTo))}>
          {t('diary.cancel')}
        </button>
      </p>
    </form>
  );
}
