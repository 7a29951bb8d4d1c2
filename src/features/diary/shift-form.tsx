import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { addDays } from '../../domain/shared/iso-date';
import { Loading } from '../../components/loading';
import { RadioGroup } from '../../components/radio-group';
import type { ShiftInput, WriteFailureReason } from '../../storage';
import { InputField, NoteField } from './fields';
import { formatDate } from './format';
import { EmployerOptions, FormProblems, useRecordForm } from './record-form';
import {
  EMPLOYER_MAX_LENGTH,
  emptyShiftForm,
  evaluateShiftForm,
  MAX_AWAKE_MINUTES,
  MAX_EXTRA_MINUTES,
  NOTE_MAX_LENGTH,
  restoreShiftForm,
  type ShiftField,
  type ShiftForm as ShiftFormValues,
} from './shift-form-values';

type SaveResult = { ok: true } | { ok: false; reason: WriteFailureReason };

interface Props {
  draftKey: string;
  initial: ShiftFormValues;
  /** Where to go after saving or cancelling. */
  done: string;
  localeTag: string;
  onSave: (input: ShiftInput) => Promise<SaveResult>;
  /** Offer "save and add the next day" (for filling in a week). */
  offerNext?: boolean;
}

const FIELD_ORDER: ShiftField[] = ['date', 'start', 'end', 'employer', 'travel', 'training', 'sleepIn', 'awake', 'note'];
const idFor = (field: ShiftField) => (field === 'sleepIn' ? 'shift-sleepIn-first' : `shift-${field}`);
const LIMITS = { employer: EMPLOYER_MAX_LENGTH, note: NOTE_MAX_LENGTH, travel: MAX_EXTRA_MINUTES / 60, training: MAX_EXTRA_MINUTES / 60, awake: MAX_AWAKE_MINUTES / 60 };

/** One shift: when, for whom, and the time that counts as work besides it. Kept as a draft while typed. */
export function ShiftForm({ draftKey, initial, done, localeTag, onSave, offerNext = false }: Props) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { form, setForm, errors, setErrors, failure, busy, update, errorFor, save, draft } = useRecordForm(draftKey, initial, restoreShiftForm, idFor);
  const [savedNote, setSavedNote] = useState('');

  if (!draft.loaded) return <Loading />;

  const submit = async (next: boolean) => {
    if (busy) return;
    const evaluation = evaluateShiftForm(form);
    if (!evaluation.ok) {
      const sorted = [...evaluation.errors].sort((a, b) => FIELD_ORDER.indexOf(a.field) - FIELD_ORDER.indexOf(b.field));
      setErrors(sorted.map(({ field, code }) => ({ target: idFor(field), message: t(`diary.shift.errors.${field}.${code}`, { max: LIMITS[field as keyof typeof LIMITS] }) })));
      return;
    }
    if (!(await save(() => onSave(evaluation.input)))) return;
    if (!next) {
      navigate(done);
      return;
    }
    // The next day of the same job: the date moves on, the usual times and employer stay.
    setForm(emptyShiftForm(addDays(form.date, 1), form));
    setSavedNote(t('diary.shift.savedNext', { date: formatDate(form.date, localeTag) }));
    document.getElementById('shift-date')?.focus();
  };

  const text = (field: 'employer' | 'travel' | 'training' | 'awake', options: { optional?: boolean; numeric?: boolean; size?: number; list?: string } = {}) => (
    <InputField
      id={idFor(field)}
      label={t(`diary.shift.${field}`)}
      hint={t(`diary.shift.${field}Hint`)}
      error={errorFor(field)}
      optional={options.optional}
      value={form[field]}
      inputMode={options.numeric ? 'numeric' : undefined}
      size={options.size}
      list={options.list}
      onChange={(value) => update({ [field]: value })}
    />
  );

  return (
    <form
      noValidate
      className="diary-form"
      onSubmit={(event) => {
        event.preventDefault();
        void submit(false);
      }}
    >
      <FormProblems errors={errors} failure={failure} />
      <p className="banner banner--success" role="status" hidden={savedNote === ''}>
        {savedNote}
      </p>
      <InputField id={idFor('date')} type="date" label={t('diary.shift.date')} error={errorFor('date')} value={form.date} onChange={(date) => update({ date })} />
      <div className="diary-times">
        <InputField id={idFor('start')} type="time" label={t('diary.shift.start')} error={errorFor('start')} value={form.start} onChange={(start) => update({ start })} />
        <InputField
          id={idFor('end')}
          type="time"
          label={t('diary.shift.end')}
          hint={t('diary.shift.endHint')}
          error={errorFor('end')}
          value={form.end}
          onChange={(end) => update({ end })}
        />
      </div>
      {text('employer', { optional: true, size: 30, list: 'shift-employers' })}
      <EmployerOptions id="shift-employers" />
      {text('travel', { optional: true, numeric: true, size: 6 })}
      {text('training', { optional: true, numeric: true, size: 6 })}
      <RadioGroup
        name="shift-sleepIn"
        legend={t('diary.shift.sleepIn')}
        hint={t('diary.shift.sleepInHint')}
        error={errorFor('sleepIn')}
        value={form.sleepIn || null}
        options={[
          { value: 'yes', label: t('diary.yes') },
          { value: 'no', label: t('diary.no') },
        ]}
        onChange={(value) => update({ sleepIn: value as ShiftFormValues['sleepIn'] })}
      />
      {form.sleepIn === 'yes' && text('awake', { numeric: true, size: 6 })}
      <NoteField id={idFor('note')} label={t('diary.shift.note')} hint={t('diary.shift.noteHint')} error={errorFor('note')} value={form.note} onChange={(note) => update({ note })} />
      <p className="button-row">
        <button type="submit" className="button" disabled={busy}>
          {t('diary.shift.save')}
        </button>
        {offerNext && (
          <button type="button" className="button button--secondary" disabled={busy} onClick={() => void submit(true)}>
            {t('diary.shift.saveAndNext')}
          </button>
        )}
        <button type="button" className="button button--secondary" onClick={() => void draft.clear().then(() => navigate(done))}>
          {t('diary.cancel')}
        </button>
      </p>
    </form>
  );
}
