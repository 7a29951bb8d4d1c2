import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Clears every answer, after a confirmation: a stray tap must not wipe a long form that the person
 * may not be able to fill in again (the payslip may be gone).
 */
export function StartAgain({ onConfirm, label }: { onConfirm: () => void; label?: string }) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState(false);
  if (!asking) {
    return (
      <p className="no-print">
        <button type="button" className="button button--secondary" onClick={() => setAsking(true)}>
          {label ?? t('tools.common.startAgain')}
        </button>
      </p>
    );
  }
  return (
    <div className="confirm no-print" role="group" aria-labelledby="start-again-question">
      <p id="start-again-question">{t('tools.common.startAgainConfirm')}</p>
      <p className="button-row">
        <button type="button" className="button button--warning" autoFocus onClick={onConfirm}>
          {t('tools.common.startAgainYes')}
        </button>
        <button type="button" className="button button--secondary" onClick={() => setAsking(false)}>
          {t('tools.common.cancel')}
        </button>
      </p>
    </div>
  );
}
