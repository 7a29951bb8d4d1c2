import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useReader } from '../../lib/use-reader';
import { deleteEverything, type WriteFailureReason } from '../../storage';

/** Everything FairPA keeps, gone in one step: records, drafts, settings and the passphrase lock. */
export function DeleteSection() {
  const { t } = useTranslation();
  const { locale } = useReader();
  const [step, setStep] = useState<'idle' | 'confirm' | 'busy' | 'done'>('idle');
  const [failure, setFailure] = useState<WriteFailureReason | null>(null);
  const remove = async () => {
    setStep('busy');
    const result = await deleteEverything();
    if (result.ok) {
      setFailure(null);
      setStep('done');
    } else {
      setFailure(result.reason);
      setStep('confirm');
    }
  };
  return (
    <section aria-labelledby="delete-everything-title" id="delete-everything" tabIndex={-1}>
      <h2 id="delete-everything-title">{t('yourData.delete.title')}</h2>
      <p>{t('yourData.delete.body')}</p>
      <p>{t('yourData.delete.forgotten')}</p>
      {failure && (
        <p className="banner banner--warning" role="alert">
          {t('yourData.delete.failed')}
        </p>
      )}
      {step === 'idle' && (
        <button type="button" className="button button--warning" onClick={() => setStep('confirm')}>
          {t('yourData.delete.button')}
        </button>
      )}
      {(step === 'confirm' || step === 'busy') && (
        <div className="confirm" role="alertdialog" aria-labelledby="delete-everything-confirm">
          <p id="delete-everything-confirm">
            <strong>{t('yourData.delete.confirm')}</strong>
          </p>
          <p className="button-row">
            <button type="button" className="button button--warning" autoFocus disabled={step === 'busy'} onClick={() => void remove()}>
              {t('yourData.delete.yes')}
            </button>
            <button type="button" className="button button--secondary" disabled={step === 'busy'} onClick={() => setStep('idle')}>
              {t('yourData.cancel')}
            </button>
          </p>
        </div>
      )}
      <div role="status" aria-live="polite">
        {step === 'done' && (
          <div className="banner banner--success" data-testid="deleted">
            <p>{t('yourData.delete.done')}</p>
            <p>
              <Link to={`/${locale.code}/`}>{t('yourData.delete.startAgain')}</Link>
            </p>
          </div>
        )}
      </div>
    </section>
  );
}
