import { useParams } from 'react-router';
import { DEFAULT_LOCALE, findLocale, type LocaleInfo } from '../i18n/locales';
import { usePreferences } from '../storage/shell';
import type { Nation, Role } from '../domain/shared/audience';

export interface Reader {
  locale: LocaleInfo;
  nation: Nation | null;
  role: Role | null;
}

/** The reader's language (from the URL) and, once chosen, their nation and role. */
export function useReader(): Reader {
  const { locale: code } = useParams();
  const preferences = usePreferences();
  const locale = findLocale(code) ?? findLocale(DEFAULT_LOCALE)!;
  const chosen = preferences.status === 'ready' ? preferences.preferences : null;
  return { locale, nation: chosen?.nation ?? null, role: chosen?.role ?? null };
}
