import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { PageHeading } from '../../components/page-heading';
import { Loading } from '../../components/loading';
import { usePwaState } from '../../pwa';
import { deleteEverything, usePreferences, useStorageHealth } from '../../storage';
import { PreferencesForm } from './preferences-form';

function OfflineStatus() {
  const { t } = useTranslation();
  const { supported, offlineReady } = usePwaState();
  const health = useStorageHealth();
  const persisted = health.persisted;
  return (
    <section aria-labelledby="device-heading">
      <h2 id="device-heading">{t('settings.deviceTitle')}</h2>
      <dl className="summary-list">
        <div>
          <dt>{t('settings.offline')}</dt>
          <dd data-testid="offline-status">{!supported ? t('settings.offlineUnsupported') : offlineReady ? t('settings.offlineReady') : t('settings.offlinePreparing')}</dd>
        </div>
        <div>
          <dt>{t('settings.storage')}</dt>
          <dd>{t(`settings.storageMode.${health.mode}`)}</dd>
        </div>
        <div>
          <dt>{t('settings.persisted')}</dt>
          <dd data-testid="persist-status">{t(`settings.persistState.${persisted}`)}</dd>
        </div>
      </dl>
    </section>
  );
}

function DeleteEverything() {
  const { t } = useTranslation();
  const [step, setStep] = useState<'idle' | 'confirm' | 'done' | 'failed'>('idle');
  return (
    <section aria-labelledby="delete-heading">
      <h2 id="delete-heading">{t('settings.deleteTitle')}</h2>
      <p>{t('settings.deleteBody')}</p>
      {step === 'idle' && (
        <button type="button" className="button button--warning" onClick={() => setStep('confirm')}>{t('settings.deleteButton')}</button>
      )}
      {step === 'confirm' && (
        <div className="confirm" role="alertdialog" aria-labelledby="delete-confirm">
          <p id="delete-confirm"><strong>{t('settings.deleteConfirm')}</strong></p>
          <p className="button-row">
            <button type="button" className="button button--warning" autoFocus onClick={() => void deleteEverything().then((r) => setStep(r.ok ? 'done' : 'failed'))}>
              {t('settings.deleteYes')}
            </button>
            <button type="button" className="button button--secondary" onClick={() => setStep('idle')}>{t('actions.cancel')}</button>
          </p>
        </div>
      )}
      {step === 'done' && <p role="status">{t('settings.deleted')}</p>}
      {step === 'failed' && <p role="alert" className="error-message">{t('storage.saveFailedDetail')}</p>}
    </section>
  );
}

export function SettingsPage() {
  const { t } = useTranslation();
  const { locale = 'en' } = useParams();
  const navigate = useNavigate();
  const preferences = usePreferences();
  const [saved, setSaved] = useState(false);
  return (
    <>
      <PageHeading>{t('settings.title')}</PageHeading>
      {preferences.status === 'loading' ? (
        <Loading />
      ) : (
        <section aria-labelledby="you-heading">
          <h2 id="you-heading">{t('settings.youTitle')}</h2>
          {saved && <p className="banner banner--success" role="status">{t('settings.saved')}</p>}
          <PreferencesForm
            locale={locale}
            initial={preferences.preferences}
            submitLabel={t('actions.save')}
            onSaved={() => {
              setSaved(true);
              navigate(`/${locale}/settings`, { replace: true });
            }}
          />
        </section>
      )}
      <OfflineStatus />
      <DeleteEverything />
    </>
  );
}
