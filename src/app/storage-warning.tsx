import { useTranslation } from 'react-i18next';
import { useStorageHealth } from '../storage/shell';

/** Says plainly when nothing will be kept, so nobody relies on records that will vanish. */
export function StorageWarning() {
  const { t } = useTranslation();
  const health = useStorageHealth();
  if (health.mode === 'memory') {
    return (
      <div className="banner banner--warning" role="alert">
        <p><strong>{t('storage.memoryTitle')}</strong></p>
        <p>{t('storage.memoryBody')}</p>
      </div>
    );
  }
  if (health.mode === 'none') {
    return (
      <div className="banner banner--warning" role="alert">
        <p><strong>{t('storage.noneTitle')}</strong></p>
        <p>{t('storage.noneBody')}</p>
      </div>
    );
  }
  return null;
}
