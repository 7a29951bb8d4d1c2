import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useReader } from '../../lib/use-reader';
import type { WriteFailureReason, WriteResult } from '../../storage';

interface Props {
  /** Which record: names the element ids and the strings under `diary.<kind>`. */
  kind: 'payslip' | 'shift';
  remove: () => Promise<WriteResult>;
  /** The warning shown when deleting failed. */
  failureMessage: (reason: WriteFailureReason) => string;
  className?: string;
}

/** Delete with a confirmation step; back to the diary once deleted. */
export function DeleteRecord({ kind, remove, failureMessage, className }: Props) {
  const { t } = useTranslation();
  const { locale } = useReader();
  const navigate = useNavigate();
  const [confirming, setConfirming] = useState(false);
  const [failure, setFailure] = useState<WriteFailureReason | null>(null);
  return (
    <section aria-labelledby={`delete-${kind}-title`} className={className}>
      <h2 id={`delete-${kind}-title`}>{t(`diary.${kind}.deleteTitle`)}</h2>
      {failure && (
        <p className="banner banner--warning" role="alert">
          {failureMessage(failure)}
        </p>
      )}
      {confirming ? (
        <div className="confirm" role="alertdialog" aria-labelledby={`delete-${kind}-confirm`}>
          <p id={`delete-${kind}-confirm`}>{t(`diary.${kind}.deleteConfirm`)}</p>
          <p className="button-row">
            <button
              type="button"
              className="button button--warning"
              autoFocus
              onClick={() => void remove().then((result) => (result.ok ? navigate(`/${locale.code}/diary`, { replace: true }) : setFailure(result.reason)))}
            >
              {t(`diary.${kind}.deleteYes`)}
            </button>
            <button type="button" className="button button--secondary" onClick={() => setConfirming(false)}>
              {t('diary.cancel')}
            </button>
          </p>
        </div>
      ) : (
        <button type="button" className="button button--warning" onClick={() => setConfirming(true)}>
          {t(`diary.${kind}.delete`)}
        </button>
      )}
    </section>
  );
}
