import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { TranslationState } from '../../content/model';

/**
 * Honest status of the words on screen: English shown because no translation exists, a
 * translation behind the English, or one no professional translator has checked yet.
 */
export function TranslationNotice({
  state, humanReviewed, englishPath,
}: { state: TranslationState; humanReviewed: boolean; englishPath: string }) {
  const { t } = useTranslation();
  if (state === 'original') return null;
  const message =
    state === 'missing' ? t('translation.missing') : state === 'stale' ? t('translation.stale') : humanReviewed ? null : t('translation.unreviewed');
  if (!message) return null;
  return (
    <p className="banner banner--info translation-notice">
      {message}{' '}
      <Link to={englishPath} lang="en-GB" hrefLang="en-GB">
        {t('translation.readEnglish')}
      </Link>
    </p>
  );
}
