import { useTranslation } from 'react-i18next';
import { usePwaState } from '../pwa';

export function OfflineIndicator() {
  const { t } = useTranslation();
  const { online, offlineReady } = usePwaState();
  if (online) return null;
  return (
    <p className="banner banner--offline" role="status">
      <span aria-hidden="true">● </span>
      {offlineReady ? t('pwa.offlineReady') : t('pwa.offlineNotReady')}
    </p>
  );
}
