import { useEffect, useState } from 'react';
import { Outlet, useParams } from 'react-router';
import { DEFAULT_LOCALE, findLocale, matchBrowserLocale } from '../i18n/locales';
import { builtLocales } from '../content/load-content';
import { initI18n, switchLanguage } from '../i18n/i18n';
import { savePreferences, usePreferences } from '../storage/shell';
import { Loading } from '../components/loading';
import { AppShell } from './app-shell';
import { NotFoundPage } from '../components/not-found-page';

/**
 * Everything under /:locale. An unknown locale gets the 404 page in the reader's own language
 * (saved choice, else the browser's, else English) rather than an English error.
 */
export function LocaleLayout() {
  const { locale: code } = useParams();
  const preferences = usePreferences();
  // A language that has not been started has no content yet: its address is a 404, not an error.
  const known = builtLocales().includes(code ?? '') ? findLocale(code) : undefined;
  const saved = preferences.status === 'ready' && preferences.preferences ? findLocale(preferences.preferences.locale) : undefined;
  const fallback = saved ?? matchBrowserLocale(typeof navigator === 'undefined' ? [] : navigator.languages ?? []) ?? findLocale(DEFAULT_LOCALE)!;
  const language = known ?? fallback;
  const [shownLanguage, setShownLanguage] = useState<string | null>(null);

  useEffect(() => {
    let current = true;
    initI18n(language.code)
      .then(() => switchLanguage(language.code))
      .then(() => current && setShownLanguage(language.code))
      .catch(() => current && setShownLanguage(DEFAULT_LOCALE));
    return () => {
      current = false;
    };
  }, [language.code]);

  // Remember a language chosen from the switcher or a shared link, so "/" opens in it next time.
  const savedPreferences = preferences.status === 'ready' ? preferences.preferences : null;
  useEffect(() => {
    if (known && savedPreferences && savedPreferences.locale !== known.code) {
      void savePreferences({ ...savedPreferences, locale: known.code });
    }
  }, [known, savedPreferences]);

  // An unknown locale answers in the saved language, so wait until we know what that is.
  if (shownLanguage === null || (!known && preferences.status === 'loading')) return <Loading />;
  return <AppShell localeCode={language.code}>{known ? <Outlet /> : <NotFoundPage />}</AppShell>;
}
