import { Navigate } from 'react-router';
import { DEFAULT_LOCALE, findLocale, matchBrowserLocale } from '../i18n/locales';
import { usePreferences } from '../storage/shell';
import { Loading } from '../components/loading';

/** "/" sends the reader to their saved language, or the browser's if FairPA has it. */
export function RootRedirect() {
  const preferences = usePreferences();
  if (preferences.status === 'loading') return <Loading />;
  const saved = preferences.preferences ? findLocale(preferences.preferences.locale) : undefined;
  const locale = saved ?? matchBrowserLocale(navigator.languages ?? [navigator.language]) ?? findLocale(DEFAULT_LOCALE)!;
  return <Navigate to={`/${locale.code}/`} replace />;
}
