import { useTranslation } from 'react-i18next';
import { Link, NavLink, useLocation } from 'react-router';
import { offeredLocales } from '../i18n/locales';
import { useReader } from '../lib/use-reader';
import { SearchBox } from '../features/search/search-box';
import { QuickExit } from '../components/quick-exit';

/** Swaps the locale segment of the current path, keeping the page the reader is on. */
export function pathInLocale(pathname: string, locale: string): string {
  const rest = pathname.split('/').slice(2).join('/');
  return `/${locale}/${rest}`;
}

export function AppHeader({ localeCode }: { localeCode: string }) {
  const { t } = useTranslation();
  const { pathname, hash } = useLocation();
  const { nation, role } = useReader();
  // Records a reader keeps: a PA's work diary, a rep's visit log.
  const records = role === 'pa' ? { path: 'diary', label: t('nav.diary') } : role === 'rep' ? { path: 'visits', label: t('nav.visits') } : null;
  return (
    <header className="app-header">
      <div className="app-header__bar">
        <Link to={`/${localeCode}/`} className="app-header__name">
          FairPA
        </Link>
        {nation && role && (
          <Link to={`/${localeCode}/settings`} className="app-header__who">
            <span className="visually-hidden">{t('shell.youAre')} </span>
            {t(`nations.${nation}`)} · {t(`roles.${role}.short`)}
            <span className="visually-hidden"> ({t('shell.change')})</span>
          </Link>
        )}
        <QuickExit />
        <details className="language-menu">
          <summary>
            {t('shell.language')}
            {localeCode !== 'en' && <span lang="en-GB"> / Language</span>}
          </summary>
          <ul>
            {offeredLocales(localeCode).map((locale) => (
              <li key={locale.code}>
                <Link
                  to={`${pathInLocale(pathname, locale.code)}${hash}`}
                  lang={locale.tag}
                  hrefLang={locale.tag}
                  aria-current={locale.code === localeCode ? 'true' : undefined}
                >
                  {locale.nativeName}
                </Link>
              </li>
            ))}
          </ul>
        </details>
      </div>
      <div className="app-header__search">
        <SearchBox />
      </div>
      <nav aria-label={t('shell.mainNav')} className="main-nav">
        <ul>
          <li><NavLink to={`/${localeCode}/`} end>{t('nav.home')}</NavLink></li>
          <li><NavLink to={`/${localeCode}/guides`}>{t('nav.guides')}</NavLink></li>
          <li><NavLink to={`/${localeCode}/checklists`}>{t('nav.checklists')}</NavLink></li>
          <li><NavLink to={`/${localeCode}/tools`}>{t('nav.tools')}</NavLink></li>
          <li><NavLink to={`/${localeCode}/templates`}>{t('nav.templates')}</NavLink></li>
          {records && <li><NavLink to={`/${localeCode}/${records.path}`}>{records.label}</NavLink></li>}
          <li><NavLink to={`/${localeCode}/settings`}>{t('nav.settings')}</NavLink></li>
        </ul>
      </nav>
    </header>
  );
}
