import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary, type FieldError } from '../../components/error-summary';
import { useDraft, useEmployerLabels, type WriteFailureReason } from '../../storage';

type WriteOutcome = { ok: true } | { ok: false; reason: WriteFailureReason };

/**
 * The state a diary record form shares: the autosaved draft, the errors found on submit, a failed
 * save, and whether a save is under way.
 */
export function useRecordForm<F extends object, Field extends string>(
  draftKey: string,
  initial: F,
  restore: (stored: unknown, fallback: F) => F | undefined,
  idFor: (field: Field) => string,
) {
  const [form, setForm, draft] = useDraft<F>(draftKey, initial, { restore: (stored) => restore(stored, initial) });
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [failure, setFailure] = useState<WriteFailureReason | null>(null);
  const [busy, setBusy] = useState(false);
  const update = (patch: Partial<F>) => setForm((current) => ({ ...current, ...patch }));
  const errorFor = (field: Field) => errors.find((error) => error.target === idFor(field))?.message;

  /** Writes valid input; on success the draft is cleared and the result returned, else the failure is shown. */
  const save = async <R extends WriteOutcome>(write: () => Promise<R>): Promise<Extract<R, { ok: true }> | undefined> => {
    setErrors([]);
    setBusy(true);
    const result = await write();
    setBusy(false);
    if (!result.ok) {
      setFailure(result.reason);
      return undefined;
    }
    setFailure(null);
    await draft.clear();
    return result as Extract<R, { ok: true }>;
  };

  return { form, setForm, draft, errors, setErrors, failure, busy, update, errorFor, save };
}

/** The error summary and, after a failed save, why it failed. */
export function FormProblems({ errors, failure }: { errors: FieldError[]; failure: WriteFailureReason | null }) {
  const { t } = useTranslation();
  return (
    <>
      <ErrorSummary errors={errors} />
      {failure && (
        <p className="banner banner--warning" role="alert">
          {t(`diary.saveFailed.${failure}`)}
        </p>
      )}
    </>
  );
}

/** Employers already used in the diary, offered to the employer box by its `list` id. */
export function EmployerOptions({ id }: { id: string }) {
  const employers = useEmployerLabels();
  return (
    <datalist id={id}>
      {(employers.status === 'ready' ? employers.value : []).map((label) => (
        <option key={label} value={label} />
      ))}
    </datalist>
  );
}
