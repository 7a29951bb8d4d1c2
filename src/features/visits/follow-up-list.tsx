import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isIsoDate } from '../../domain/shared/iso-date';
import { useReader } from '../../lib/use-reader';
import {
  createFollowUp,
  deleteFollowUp,
  updateFollowUp,
  useDraft,
  visitDraftKey,
  type FollowUp,
  type WriteFailureReason,
} from '../../storage';
import { formatDate } from './format';

interface NewAction {
  action: string;
  dueDate: string;
}

const EMPTY: NewAction = { action: '', dueDate: '' };
export const ACTION_MAX_LENGTH = 500;

function restoreAction(stored: unknown): NewAction | undefined {
  if (stored === null || typeof stored !== 'object') return undefined;
  const { action, dueDate } = stored as Record<string, unknown>;
  return { action: typeof action === 'string' ? action : '', dueDate: typeof dueDate === 'string' ? dueDate : '' };
}

function FollowUpItem({ followUp, onFailure }: { followUp: FollowUp; onFailure: (reason: WriteFailureReason) => void }) {
  const { t } = useTranslation();
  const { locale } = useReader();
  const [confirming, setConfirming] = useState(false);
  const id = `follow-up-${followUp.id}`;
  const report = (result: { ok: boolean; reason?: WriteFailureReason }) => {
    if (!result.ok && result.reason) onFailure(result.reason);
  };
  return (
    <li className={`follow-up${followUp.done ? ' follow-up--done' : ''}`}>
      <div className="checkbox">
        <input
          type="checkbox"
          id={id}
          checked={followUp.done}
          aria-describedby={`${id}-due`}
          onChange={(event) => void updateFollowUp(followUp.id, { done: event.target.checked }).then(report)}
        />
        <label htmlFor={id}>
          {followUp.action}
          {followUp.done && <span className="visually-hidden"> ({t('visits.followUps.doneMark')})</span>}
        </label>
      </div>
      <p className="follow-up__due" id={`${id}-due`}>
        {followUp.dueDate ? t('visits.followUps.due', { date: formatDate(followUp.dueDate, locale.tag) }) : t('visits.followUps.noDate')}
      </p>
      {confirming ? (
        <div className="confirm no-print" role="group" aria-labelledby={`${id}-confirm`}>
          <p id={`${id}-confirm`}>{t('visits.followUps.deleteConfirm', { action: followUp.action })}</p>
          <p className="button-row">
            <button type="button" className="button button--warning" autoFocus onClick={() => void deleteFollowUp(followUp.id).then(report)}>
              {t('visits.followUps.deleteYes')}
            </button>
            <button type="button" className="button button--secondary" onClick={() => setConfirming(false)}>
              {t('visits.form.cancel')}
            </button>
          </p>
        </div>
      ) : (
        <button type="button" className="button button--secondary no-print" onClick={() => setConfirming(true)}>
          {t('visits.followUps.delete')}
          <span className="visually-hidden">: {followUp.action}</span>
        </button>
      )}
    </li>
  );
}

/** The visit's follow-up actions: tick off, delete, and add new ones with an optional due date. */
export function FollowUpList({ visitId, followUps }: { visitId: string; followUps: readonly FollowUp[] }) {
  const { t } = useTranslation();
  const [draft, setDraft, status] = useDraft<NewAction>(visitDraftKey(visitId, 'follow-up'), EMPTY, { restore: restoreAction });
  const [error, setError] = useState<'action' | 'dueDate' | 'too-long' | null>(null);
  const [failure, setFailure] = useState<WriteFailureReason | null>(null);
  const [announcement, setAnnouncement] = useState('');

  const add = async (event: React.FormEvent) => {
    event.preventDefault();
    const action = draft.action.trim();
    const problem = action === '' ? 'action' : action.length > ACTION_MAX_LENGTH ? 'too-long' : draft.dueDate !== '' && !isIsoDate(draft.dueDate) ? 'dueDate' : null;
    setError(problem);
    if (problem) {
      document.getElementById(problem === 'dueDate' ? 'follow-up-due' : 'follow-up-action')?.focus();
      return;
    }
    const result = await createFollowUp(visitId, { action, dueDate: draft.dueDate });
    if (!result.ok) {
      setFailure(result.reason);
      return;
    }
    setFailure(null);
    await status.clear();
    setAnnouncement(t('visits.followUps.added', { action }));
    document.getElementById('follow-up-action')?.focus();
  };

  const actionError = error === 'action' ? t('visits.followUps.errors.required') : error === 'too-long' ? t('visits.followUps.errors.tooLong', { max: ACTION_MAX_LENGTH }) : null;

  return (
    <section aria-labelledby="follow-ups-title">
      <h2 id="follow-ups-title">{t('visits.followUps.title')}</h2>
      {failure && (
        <p className="banner banner--warning" role="alert">
          {t(`visits.saveFailed.${failure}`)}
        </p>
      )}
      {followUps.length === 0 ? (
        <p>{t('visits.followUps.none')}</p>
      ) : (
        <ul className="follow-ups">
          {followUps.map((followUp) => (
            <FollowUpItem key={followUp.id} followUp={followUp} onFailure={setFailure} />
          ))}
        </ul>
      )}
      <form noValidate className="follow-up-form no-print" onSubmit={(event) => void add(event)} aria-labelledby="follow-up-add-title">
        <h3 id="follow-up-add-title">{t('visits.followUps.addTitle')}</h3>
        <div className={`field${actionError ? ' field--error' : ''}`}>
          <label htmlFor="follow-up-action">{t('visits.followUps.action')}</label>
          {actionError && <p className="error-message" id="follow-up-action-error">{actionError}</p>}
          <input
            type="text"
            id="follow-up-action"
            value={draft.action}
            autoComplete="off"
            aria-describedby={actionError ? 'follow-up-action-error' : undefined}
            aria-invalid={actionError ? true : undefined}
            onChange={(event) => setDraft((current) => ({ ...current, action: event.target.value }))}
          />
        </div>
        <div className={`field${error === 'dueDate' ? ' field--error' : ''}`}>
          <label htmlFor="follow-up-due">
            {t('visits.followUps.dueDate')}
            <span className="field__optional"> {t('visits.fields.optional')}</span>
          </label>
          {error === 'dueDate' && <p className="error-message" id="follow-up-due-error">{t('visits.followUps.errors.dueDate')}</p>}
          <input
            type="date"
            id="follow-up-due"
            value={draft.dueDate}
            aria-describedby={error === 'dueDate' ? 'follow-up-due-error' : undefined}
            onChange={(event) => setDraft((current) => ({ ...current, dueDate: event.target.value }))}
          />
        </div>
        <p className="button-row">
          <button type="submit" className="button button--secondary">
            {t('visits.followUps.add')}
          </button>
        </p>
        <p className="visually-hidden" role="status" aria-live="polite">
          {announcement}
        </p>
      </form>
    </section>
  );
}
