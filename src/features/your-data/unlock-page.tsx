import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { Loading } from '../../components/loading';
import { PageHeading } from '../../components/page-heading';
import { useReader } from '../../lib/use-reader';
import { useLockState } from '../../storage';
import { UnlockForm } from './unlock-form';
import './your-data.css';

/** Only a path inside this app in this language: never an address elsewhere (an open redirect). */
export function safeNext(next: string | null, localeCode: string): string {
  const fallback = `/${localeCode}/`;
  if (!next || !next.startsWith(`/${localeCode}/`) || next.startsWith('//') || next.includes('\\')) return fallback;
  return next;
}

export function UnlockPage() {
  const { t } = useTranslation();
  const { locale } = useReader();
  const [search] = useSearchParams();
  const navigate = useNavigate();
  const lock = useLockState();
  const next = safeNext(search.get('next'), locale.code);
  return (
    <>
      <PageHeading>{t('yourData.unlock.title')}</PageHeading>
      {lock.status === 'checking' && <Loading />}
      {lock.status === 'locked' && (
        <>
          <p>{lock.reason === 'timeout' ? t('yourData.lock.stateTimedOut', { count: lock.autoLockMinutes }) : t('yourData.unlock.body')}</p>
          <UnlockForm onUnlocked={() => navigate(next, { replace: true })} forgottenTo={`/${locale.code}/your-data#delete-everything`} />
        </>
      )}
      {(lock.status === 'unlocked' || lock.status === 'off') && (
        <>
          <p role="status">{lock.status === 'unlocked' ? t('yourData.unlock.already') : t('yourData.unlock.noLock')}</p>
          <p>
            <Link to={next}>{t('yourData.unlock.continue')}</Link>
          </p>
        </>
      )}
    </>
  );
}
