/**
 * The languages FairPA ships. `code` is the URL segment and the content folder name; `tag` is the
 * BCP 47 tag used for Intl formatting and the document's lang attribute.
 */
export interface LocaleInfo {
  code: string;
  tag: string;
  /** The language's name in itself, as the language switcher shows it. */
  nativeName: string;
  englishName: string;
  dir: 'ltr' | 'rtl';
  /**
   * Offered in the language lists. A locale being translated is built and checked but not offered
   * until every file is translated: a half-translated legal page is worse than none. The build
   * fails if a shipped locale is below 100%.
   */
  shipped: boolean;
}

export const LOCALES: readonly LocaleInfo[] = [
  { code: 'en', tag: 'en-GB', nativeName: 'English', englishName: 'English', dir: 'ltr', shipped: true },
  { code: 'cy', tag: 'cy-GB', nativeName: 'Cymraeg', englishName: 'Welsh', dir: 'ltr', shipped: true },
  { code: 'pl', tag: 'pl-PL', nativeName: 'Polski', englishName: 'Polish', dir: 'ltr', shipped: true },
  { code: 'ro', tag: 'ro-RO', nativeName: 'Română', englishName: 'Romanian', dir: 'ltr', shipped: true },
  { code: 'pt', tag: 'pt-PT', nativeName: 'Português', englishName: 'Portuguese', dir: 'ltr', shipped: true },
  { code: 'ml', tag: 'ml-IN', nativeName: 'മലയാളം', englishName: 'Malayalam', dir: 'ltr', shipped: true },
  { code: 'tl', tag: 'fil-PH', nativeName: 'Tagalog', englishName: 'Tagalog (Filipino)', dir: 'ltr', shipped: true },
  { code: 'ur', tag: 'ur-PK', nativeName: 'اردو', englishName: 'Urdu', dir: 'rtl', shipped: true },
  { code: 'ar', tag: 'ar', nativeName: 'العربية', englishName: 'Arabic', dir: 'rtl', shipped: true },
];

/** The languages offered in the switcher and on first run. */
export const SHIPPED_LOCALES: readonly LocaleInfo[] = LOCALES.filter((locale) => locale.shipped);

export const DEFAULT_LOCALE = 'en';

export function findLocale(code: string | undefined): LocaleInfo | undefined {
  return LOCALES.find((locale) => locale.code === code);
}

/** Picks the first of the browser's preferred languages that FairPA has, matching on language. */
export function matchBrowserLocale(preferred: readonly string[]): LocaleInfo | undefined {
  for (const wanted of preferred) {
    const language = wanted.toLowerCase().split('-')[0];
    const match = SHIPPED_LOCALES.find((locale) => locale.code === language || locale.tag.toLowerCase() === wanted.toLowerCase());
    if (match) return match;
    // Tagalog and Filipino are the same written language for our purposes.
    if (language === 'fil') {
      const filipino = SHIPPED_LOCALES.find((locale) => locale.code === 'tl');
      if (filipino) return filipino;
    }
  }
  return undefined;
}

/** Shipped languages, plus the one being read if it is still in progress (so it shows as chosen). */
export function offeredLocales(current: string): readonly LocaleInfo[] {
  return LOCALES.filter((locale) => locale.shipped || locale.code === current);
}
