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
}

export const LOCALES: readonly LocaleInfo[] = [
  { code: 'en', tag: 'en-GB', nativeName: 'English', englishName: 'English', dir: 'ltr' },
  { code: 'cy', tag: 'cy-GB', nativeName: 'Cymraeg', englishName: 'Welsh', dir: 'ltr' },
];

export const DEFAULT_LOCALE = 'en';

export function findLocale(code: string | undefined): LocaleInfo | undefined {
  return LOCALES.find((locale) => locale.code === code);
}

/** Picks the first of the browser's preferred languages that FairPA has, matching on language. */
export function matchBrowserLocale(preferred: readonly string[]): LocaleInfo | undefined {
  for (const wanted of preferred) {
    const language = wanted.toLowerCase().split('-')[0];
    const match = LOCALES.find((locale) => locale.code === language || locale.tag.toLowerCase() === wanted.toLowerCase());
    if (match) return match;
    // Tagalog and Filipino are the same written language for our purposes.
    if (language === 'tl' || language === 'fil') {
      const filipino = LOCALES.find((locale) => locale.code === 'tl' || locale.code === 'fil');
      if (filipino) return filipino;
    }
  }
  return undefined;
}
