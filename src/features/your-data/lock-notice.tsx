import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { useLockState } from '../../storage/shell';

/**
 * For the app shell's banners: while the passphrase lock is on and this session is locked,
 * says that records are hidden and links to the unlock page, which returns here afterwards.
 * Loads no Dexie code (it reads the lock state from storage/shell), so it fits the first paint.
 */
export function LockNotice() {
  const { t, i18n } = useTranslation();
  const { locale = 'en' } = useParams();
  const { pathname, search } = useLocation();
  const lock = useLockState();
  // Its words load just after the first paint with the rest of the "your data" strings.
  if (lock.status !== 'locked' || pathname.endsWith('/unlock') || !i18n.exists('yourData.notice.locked')) return null;
  const next = encodeURIComponent(`${pathname}${search}`);
  return (
    <div className="banner" role="status" data-testid="lock-notice">
      <p>
        {t('yourData.notice.locked')} <Link to={`/${locale}/unlock?next=${next}`}>{t('yourData.notice.unlock')}</Link>
      </p>
    </div>
  );
}
