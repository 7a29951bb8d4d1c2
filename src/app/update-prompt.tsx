import { useTranslation } from 'react-i18next';
import { applyUpdate, useHasDirtyForms, usePwaState } from '../pwa';

/** Never a silent reload: the reader chooses when, and not while a form holds unsaved input. */
export function UpdatePrompt() {
  const { t } = useTranslation();
  const { updateWaiting } = usePwaState();
  const busy = useHasDirtyForms();
  if (!updateWaiting) return null;
  return (
    <div className="banner banner--info" role="status">
      <p>{t('pwa.updateReady')}</p>
      {busy ? (
        <p>{t('pwa.updateAfterSaving')}</p>
      ) : (
        <button type="button" className="button" onClick={() => applyUpdate()}>
          {t('pwa.reloadNow')}
        </button>
      )}
    </div>
  );
}
