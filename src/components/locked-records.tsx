import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { useReader } from '../lib/use-reader';

interface LockedRecordsProps {
  /** i18n key of the sentence saying which records are hidden. */
  bodyKey: string;
  /** i18n key of the unlock link text. */
  unlockKey: string;
}

/** Shown instead of records while the passphrase lock is on and this session is locked. */
export function LockedRecords({ bodyKey, unlockKey }: LockedRecordsProps) {
  const { t } = useTranslation();
  const { locale } = useReader();
  const { pathname, search } = useLocation();
  const next = encodeURIComponent(`${pathname}${search}`);
  return (
    <div className="banner" role="status">
      <p>{t(bodyKey)}</p>
      <p>
        <Link className="button" to={`/${locale.code}/unlock?next=${next}`}>
          {t(unlockKey)}
        </Link>
      </p>
    </div>
  );
}
