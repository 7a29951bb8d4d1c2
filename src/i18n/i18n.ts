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
const featureUiLoaders = import.meta.glob<{ default: Record<string, unknown> }>('../content/generated/*/ui-features.json');

function loaderFor(locale: string): UiLoader | undefined {
  return uiLoaders[`../content/generated/${locale}/ui.json`];
}

let ready: Promise<i18n> | null = null;
let markInitialised!: () => void;
/** Resolves once i18next has started: strings added before that would be lost by init. */
const initialised = new Promise<void>((resolve) => {
  markInitialised = resolve;
});

export function initI18n(initialLocale: string): Promise<i18n> {
  ready ??= (async () => {
    await i18next.use(initReactI18next).init({
      lng: DEFAULT_LOCALE,
      fallbackLng: DEFAULT_LOCALE,
      resources: {},
      interpolation: { escapeValue: false },
      returnNull: false,
      // Re-render when a feature's strings arrive after the first paint.
      react: { useSuspense: false, bindI18nStore: 'added' },
    });
    markInitialised();
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

const featureLoads = new Map<string, Promise<void>>();

/**
 * The bigger features' strings (calculators, diary, visits, your data, templates): loaded after
 * the first paint and before any of those pages shows. English comes too for a language still
 * being translated, so a missing string falls back to English rather than its key.
 */
export function ensureFeatureStrings(locale: string): Promise<void> {
  const info = findLocale(locale) ?? findLocale(DEFAULT_LOCALE)!;
  const codes = info.shipped ? [info.code] : [info.code, DEFAULT_LOCALE];
  return Promise.all(
    codes.map((code) => {
      let load = featureLoads.get(code);
      if (!load) {
        const loader = featureUiLoaders[`../content/generated/${code}/ui-features.json`];
        load = loader
          ? Promise.all([loader(), initialised]).then(([module]) => {
              i18next.addResourceBundle(code, 'translation', module.default, true, true);
            })
          : Promise.resolve();
        load.catch(() => featureLoads.delete(code));
        featureLoads.set(code, load);
      }
      return load;
    }),
  ).then(() => undefined);
}

/** Loads the locale's strings, switches i18next and updates <html lang dir>. */
export async function switchLanguage(locale: string): Promise<void> {
  const info = findLocale(locale) ?? findLocale(DEFAULT_LOCALE)!;
  await ensureLocaleStrings(info.code);
  if (i18next.language !== info.code) await i18next.changeLanguage(info.code);
  document.documentElement.lang = info.tag;
  document.documentElement.dir = info.dir;
  void ensureFeatureStrings(info.code);
}
