/**
 * Loads compiled content one locale at a time. Each locale's index and each guide body is its own
 * chunk, so a reader downloads only their language (the service worker still precaches all of
 * them for offline use).
 */
import type { Guide, LocaleIndex, LocaleSummary } from './model';

type JsonModule<T> = { default: T };

const indexLoaders = import.meta.glob<JsonModule<LocaleIndex>>('./generated/*/index.json');
const summaryLoaders = import.meta.glob<JsonModule<LocaleSummary>>('./generated/*/summary.json');
const guideLoaders = import.meta.glob<JsonModule<Guide>>('./generated/*/guides/*.json');

const indexCache = new Map<string, Promise<LocaleIndex>>();
const guideCache = new Map<string, Promise<Guide | null>>();
const summaryCache = new Map<string, Promise<LocaleSummary>>();

export class ContentMissingError extends Error {
  constructor(readonly locale: string) {
    super(`No content was built for locale "${locale}"`);
  }
}

export function loadLocaleIndex(locale: string): Promise<LocaleIndex> {
  let cached = indexCache.get(locale);
  if (!cached) {
    const loader = indexLoaders[`./generated/${locale}/index.json`];
    cached = loader ? loader().then((m) => m.default) : Promise.reject(new ContentMissingError(locale));
    // A failed load (a flaky network before precaching finished) may be retried later.
    cached.catch(() => indexCache.delete(locale));
    indexCache.set(locale, cached);
  }
  return cached;
}

/** Titles and summaries only: what the home page needs for its first paint. */
export function loadLocaleSummary(locale: string): Promise<LocaleSummary> {
  let cached = summaryCache.get(locale);
  if (!cached) {
    const loader = summaryLoaders[`./generated/${locale}/summary.json`];
    cached = loader ? loader().then((m) => m.default) : Promise.reject(new ContentMissingError(locale));
    cached.catch(() => summaryCache.delete(locale));
    summaryCache.set(locale, cached);
  }
  return cached;
}

/** A guide body, or null when the locale has no guide with that id. */
export function loadGuide(locale: string, id: string): Promise<Guide | null> {
  const key = `${locale}/${id}`;
  let cached = guideCache.get(key);
  if (!cached) {
    const loader = guideLoaders[`./generated/${locale}/guides/${id}.json`];
    cached = loader ? loader().then((m) => m.default) : Promise.resolve(null);
    cached.catch(() => guideCache.delete(key));
    guideCache.set(key, cached);
  }
  return cached;
}

export function builtLocales(): string[] {
  return Object.keys(indexLoaders).map((path) => path.split('/')[2]!);
}
