import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { ErrorSummary, type FieldError } from '../../components/error-summary';
import { Loading } from '../../components/loading';
import { useLocaleContent } from '../../lib/use-locale-content';
import { useReader } from '../../lib/use-reader';
import { useChecklistRuns, useDraft, useSavedResults, type WriteFailureReason } from '../../storage';
import { formatDate } from './format';
import {
  FINDINGS_MAX_LENGTH,
  PLACE_MAX_LENGTH,
  restoreVisitForm,
  SEEN_MAX_LENGTH,
  validateVisitForm,
  type VisitField,
  type VisitForm as VisitFormValues,
} from './visit-form-values';

interface Props {
  draftKey: string;
  initial: VisitFormValues;
  submitLabel: string;
  cancelTo: string;
  /** Saves the visit and says where to go next; the draft is cleared first, then the page changes. */
  onSubmit: (form: VisitFormValues) => Promise<{ ok: true; next: string } | { ok: false; reason: WriteFailureReason }>;
}

const FIELD_IDS: Record<VisitField, string> = {
  date: 'visit-date',
  place: 'visit-place',
  seen: 'visit-seen',
  findings: 'visit-findings',
};

function toggle(list: readonly string[], id: string, on: boolean): string[] {
  return on ? [...new Set([...list, id])] : list.filter((item) => item !== id);
}

function AttachChecklists({ form, update }: { form: VisitFormValues; update: (patch: Partial<VisitFormValues>) => void }) {
  const { t } = useTranslation();
  const runs = useChecklistRuns();
  const { content } = useLocaleContent();
  const titles = new Map(content.status === 'ready' ? content.data.checklists.map((c) => [c.id, c.title]) : []);
  if (runs.status === 'loading') return <Loading />;
  return (
    <fieldset className="field" aria-describedby="visit-checklists-hint">
      <legend className="field__legend">{t('visits.fields.checklists')}</legend>
      <p className="hint" id="visit-checklists-hint">
        {runs.runs.length === 0 ? t('visits.fields.checklistsNone') : t('visits.fields.checklistsHint')}
      </p>
      {runs.runs.map((run) => (
        <div className="checkbox" key={run.id}>
          <input
            type="checkbox"
            id={`visit-run-${run.id}`}
            checked={form.checklistRunIds.includes(run.id)}
            onChange={(event) => update({ checklistRunIds: toggle(form.checklistRunIds, run.id, event.target.checked) })}
          />
          <label htmlFor={`visit-run-${run.id}`}>
            {run.label} <span className="hint">({titles.get(run.checklistId) ?? run.checklistId})</span>
          </label>
        </div>
      ))}
    </fieldset>
  );
}

function AttachResults({ form, update }: { form: VisitFormValues; update: (patch: Partial<VisitFormValues>) => void }) {
  const { t } = useTranslation();
  const { locale } = useReader();
  const results = useSavedResults();
  if (results.status === 'loading') return <Loading />;
  return (
    <fieldset className="field" aria-describedby="visit-results-hint">
      <legend className="field__legend">{t('visits.fields.results')}</legend>
      <p className="hint" id="visit-results-hint">
        {results.results.length === 0 ? (
          <>
            {t('visits.fields.resultsNone')} <Link to={`/${locale.code}/tools`}>{t('visits.fields.resultsTools')}</Link>
          </>
        ) : (
          t('visits.fields.resultsHint')
        )}
      </p>
      {results.results.map((result) => (
        <div className="checkbox" key={result.id}>
          <input
            type="checkbox"
            id={`visit-result-${result.id}`}
            checked={form.savedResultIds.includes(result.id)}
            onChange={(event) => update({ savedResultIds: toggle(form.savedResultIds, result.id, event.target.checked) })}
          />
          <label htmlFor={`visit-result-${result.id}`}>
            {result.label || t('visits.view.untitledResult')}{' '}
            <span className="hint">({formatDate(result.createdAt.slice(0, 10), locale.tag, 'medium')})</span>
          </label>
        </div>
      ))}
    </fieldset>
  );
}

/**
 * The visit form. What is typed is kept as a draft on the device as it is typed, so leaving the
 * page, a reload or an app update loses nothing; the draft goes once the visit is saved.
 */
export function VisitForm({ draftKey, initial, submitLabel, cancelTo, onSubmit }: Props) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [form, setForm, draft] = useDraft<VisitFormValues>(draftKey, initial, { restore: (stored) => restoreVisitForm(stored, initial) });
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [failure, setFailure] = useState<WriteFailureReason | null>(null);
  const [busy, setBusy] = useState(false);
  const update = (patch: Partial<VisitFormValues>) => setForm((current) => ({ ...current, ...patch }));
  const errorFor = (field: VisitField) => errors.find((error) => error.target === FIELD_IDS[field])?.message;

  if (!draft.loaded) return <Loading />;

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const problems = validateVisitForm(form).map((problem) => ({
      target: FIELD_IDS[problem.field],
      message: t(`visits.errors.${problem.field}.${problem.code}`, { max: { date: 0, place: PLACE_MAX_LENGTH, seen: SEEN_MAX_LENGTH, findings: FINDINGS_MAX_LENGTH }[problem.field] }),
    }));
    setErrors(problems);
    if (problems.length > 0) return;
    setBusy(true);
    const result = await onSubmit(form);
    setBusy(false);
    if (!result.ok) {
      setFailure(result.reason);
      return;
    }
    setFailure(null);
    // The draft goes before the page changes, so no late autosave can bring it back.
    await draft.clear();
    navigate(result.next);
  };

  const text = (field: 'place' | 'seen', max: number, optional = false) => (
    <div className={`field${errorFor(field) ? ' field--error' : ''}`}>
      <label htmlFor={FIELD_IDS[field]}>
        {t(`visits.fields.${field}`)}
        {optional && <span className="field__optional"> {t('visits.fields.optional')}</span>}
      </label>
      <p className="hint" id={`${FIELD_IDS[field]}-hint`}>{t(`visits.fields.${field}Hint`)}</p>
      {errorFor(field) && <p className="error-message" id={`${FIELD_IDS[field]}-error`}>{errorFor(field)}</p>}
      <input
        type="text"
        id={FIELD_IDS[field]}
        value={form[field]}
        maxLength={max * 2}
        autoComplete="off"
        spellCheck={false}
        aria-describedby={`${FIELD_IDS[field]}-hint${errorFor(field) ? ` ${FIELD_IDS[field]}-error` : ''}`}
        aria-invalid={errorFor(field) ? true : undefined}
        onChange={(event) => update({ [field]: event.target.value })}
      />
    </div>
  );

  return (
    <form noValidate onSubmit={(event) => void submit(event)} className="visit-form">
      <ErrorSummary errors={errors} />
      {failure && (
        <p className="banner banner--warning" role="alert">
          {t(`visits.saveFailed.${failure}`)}
        </p>
      )}
      <div className="callout" id="visit-privacy">
        <p className="callout__label">{t('visits.privacy.title')}</p>
        <p>{t('visits.privacy.body')}</p>
      </div>
      <div className={`field${errorFor('date') ? ' field--error' : ''}`}>
        <label htmlFor={FIELD_IDS.date}>{t('visits.fields.date')}</label>
        {errorFor('date') && <p className="error-message" id="visit-date-error">{errorFor('date')}</p>}
        <input
          type="date"
          id={FIELD_IDS.date}
          value={form.date}
          aria-describedby={errorFor('date') ? 'visit-date-error' : undefined}
          aria-invalid={errorFor('date') ? true : undefined}
          onChange={(event) => update({ date: event.target.value })}
        />
      </div>
      {text('place', PLACE_MAX_LENGTH)}
      {text('seen', SEEN_MAX_LENGTH, true)}
      <AttachChecklists form={form} update={update} />
      <AttachResults form={form} update={update} />
      <div className={`field${errorFor('findings') ? ' field--error' : ''}`}>
        <label htmlFor={FIELD_IDS.findings}>
          {t('visits.fields.findings')}
          <span className="field__optional"> {t('visits.fields.optional')}</span>
        </label>
        <p className="hint" id="visit-findings-hint">{t('visits.fields.findingsHint')}</p>
        {errorFor('findings') && <p className="error-message" id="visit-findings-error">{errorFor('findings')}</p>}
        <textarea
          id={FIELD_IDS.findings}
          rows={6}
          value={form.findings}
          aria-describedby={`visit-findings-hint${errorFor('findings') ? ' visit-findings-error' : ''}`}
          onChange={(event) => update({ findings: event.target.value })}
        />
      </div>
      <p className="hint" role="status" aria-live="polite">
        {draft.saveState === 'saved' ? t('visits.form.draftSaved') : draft.saveState === 'failed' ? t('visits.form.draftFailed') : ''}
      </p>
      <p className="button-row">
        <button type="submit" className="button" disabled={busy}>
          {submitLabel}
        </button>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            void draft.clear().then(() => navigate(cancelTo));
          }}
        >
          {t('visits.form.cancel')}
        </button>
      </p>
    </form>
  );
}
