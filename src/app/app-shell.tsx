import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { AppHeader } from './app-header';
import { StorageWarning } from './storage-warning';
import { OfflineIndicator } from './offline-indicator';
import { UpdatePrompt } from './update-prompt';
import { ErrorBoundary } from './error-boundary';
import { LockNotice } from '../features/your-data/lock-notice';

export function AppShell({ localeCode, children }: { localeCode: string; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <>
      <a className="skip-link" href="#main-content">
        {t('shell.skipToContent')}
      </a>
      <AppHeader localeCode={localeCode} />
      <div className="banners">
        <UpdatePrompt />
        <OfflineIndicator />
        <StorageWarning />
        <LockNotice />
      </div>
      <main id="main-content" className="page" tabIndex={-1}>
        <ErrorBoundary homeHref={`/${localeCode}/`}>{children}</ErrorBoundary>
      </main>
      <footer className="app-footer">
        <p>{t('shell.privacyNote')}</p>
        <nav aria-label={t('shell.footerNav')}>
          <ul className="inline-list">
            <li><Link to={`/${localeCode}/glossary`}>{t('nav.glossary')}</Link></li>
            <li><Link to={`/${localeCode}/your-data`}>{t('nav.yourData')}</Link></li>
            <li><Link to={`/${localeCode}/diary`}>{t('nav.diary')}</Link></li>
            <li><Link to={`/${localeCode}/visits`}>{t('nav.visits')}</Link></li>
            <li><Link to={`/${localeCode}/settings`}>{t('nav.settings')}</Link></li>
          </ul>
        </nav>
      </footer>
    </>
  );
}
