/**
 * i18next set-up. Each locale's UI strings are a separate chunk, loaded when the reader first
 * needs that language, so nobody downloads languages they do not read. English is always loaded
 * as the fallback, so a missing translation shows English rather than a raw key.
 */
import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { DEFAULT_LOCALE, findLocale } from './locales';

type UiLoader = () => Promise<{ default: Record<string, unknown> }>;

const uiLoaders = import.meta.glob<{ default: Record<string, unknown> }>('../content/generated/*/ui.json');

function loaderFor(locale: string): UiLoader | undefined {
  return uiLoaders[`../content/generated/${locale}/ui.json`];
}

let ready: Promise<i18n> | null = null;

export function initI18n(initialLocale: string): Promise<i18n> {
  ready ??= (async () => {
    await i18next.use(initReactI18next).init({
      lng: DEFAULT_LOCALE,
      fallbackLng: DEFAULT_LOCALE,
      resources: {},
      interpolation: { escapeValue: false },
      returnNull: false,
      react: { useSuspense: false },
    });
    await ensureLocaleStrings(DEFAULT_LOCALE);
    await switchLanguage(initialLocale);
    return i18next;
  })();
  return ready;
}

export async function ensureLocaleStrings(locale: string): Promise<void> {
  if (i18next.hasResourceBundle(locale, 'translation')) return;
  const loader = loaderFor(locale);
  if (!loader) return;
  const module = await loader();
  i18next.addResourceBundle(locale, 'translation', module.default, true, true);
}

/** Loads the locale's strings, switches i18next and updates <html lang dir>. */
export async function switchLanguage(locale: string): Promise<void> {
  const info = findLocale(locale) ?? findLocale(DEFAULT_LOCALE)!;
  await ensureLocaleStrings(info.code);
  if (i18next.language !== info.code) await i18next.changeLanguage(info.code);
  document.documentElement.lang = info.tag;
  document.documentElement.dir = info.dir;
}
