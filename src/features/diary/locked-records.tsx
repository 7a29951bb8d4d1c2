import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { useReader } from '../../lib/use-reader';

/** Shown instead of records while the passphrase lock is on and this session is locked. */
export function LockedRecords() {
  const { t } = useTranslation();
  const { locale } = useReader();
  const { pathname, search } = useLocation();
  const next = encodeURIComponent(`${pathname}${search}`);
  return (
    <div className="banner" role="status">
      <p>{t('diary.locked.body')}</p>
      <p>
        <Link className="button" to={`/${locale.code}/unlock?next=${next}`}>
          {t('diary.locked.unlock')}
        </Link>
      </p>
    </div>
  );
}
