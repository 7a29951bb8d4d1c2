import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeading } from './page-heading';
import { DEFAULT_LOCALE, findLocale } from '../i18n/locales';

export function NotFoundPage() {
  const { t, i18n } = useTranslation();
  const code = findLocale(i18n.language)?.code ?? DEFAULT_LOCALE;
  return (
    <section>
      <PageHeading>{t('notFound.title')}</PageHeading>
      <p>{t('notFound.body')}</p>
      <ul>
        <li><Link to={`/${code}/`}>{t('notFound.home')}</Link></li>
        <li><Link to={`/${code}/guides`}>{t('notFound.guides')}</Link></li>
      </ul>
    </section>
  );
}
