import { useTranslation } from 'react-i18next';
import { PageHeading } from '../components/page-heading';

/** Plain message with a way home; deliberately uses a plain <a> so it works even if routing broke. */
export function ErrorPanel({ homeHref, onRetry }: { homeHref: string; onRetry?: () => void }) {
  const { t } = useTranslation();
  return (
    <section className="error-panel">
      <PageHeading>{t('errors.crashTitle')}</PageHeading>
      <p>{t('errors.crashBody')}</p>
      <p className="button-row">
        {onRetry && (
          <button type="button" className="button button--secondary" onClick={onRetry}>
            {t('errors.tryAgain')}
          </button>
        )}
        <a className="button" href={homeHref}>
          {t('errors.goHome')}
        </a>
      </p>
    </section>
  );
}
