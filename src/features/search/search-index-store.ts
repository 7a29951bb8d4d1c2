/**
 * The search index, built the first time search is used in a language and kept for the rest of
 * the visit. Building loads every guide of the locale (already on the device once FairPA is ready
 * for offline use) and splits their words, which can take a moment on a cheap phone, so progress
 * is published for the page to show.
 */
import { useEffect, useSyncExternalStore } from 'react';
import { loadGuide, loadLocaleIndex } from '../../content/load-content';
import type { Guide } from '../../content/model';
import { buildSearchDocuments, buildSearchIndexInSteps, type SearchIndex } from '../../content/search';
import { todayInUk } from '../../domain/shared/iso-date';

export type SearchIndexState =
  | { status: 'idle' }
  /** `progress` runs from 0 to 1. */
  | { status: 'preparing'; progress: number }
  | { status: 'ready'; index: SearchIndex }
  | { status: 'error'; error: Error };

const IDLE: SearchIndexState = { status: 'idle' };
// Loading guide bodies is quick once they are cached; splitting words takes most of the time.
const LOADING_SHARE = 0.3;

const states = new Map<string, SearchIndexState>();
const builds = new Map<string, Promise<SearchIndex>>();
const listeners = new Set<() => void>();

/** Rates in the text are today's figures, so an index made yesterday is not reused today. */
function keyFor(locale: string, date: string): string {
  return `${locale}@${date}`;
}

function publish(key: string, state: SearchIndexState): void {
  states.set(key, state);
  for (const listener of [...listeners]) listener();
}

async function build(key: string, locale: string, localeTag: string, date: string): Promise<SearchIndex> {
  publish(key, { status: 'preparing', progress: 0 });
  const index = await loadLocaleIndex(locale);
  let loaded = 0;
  const total = Math.max(1, index.guides.length);
  const guides = await Promise.all(
    index.guides.map(async (summary) => {
      const guide = await loadGuide(locale, summary.id);
      loaded += 1;
      publish(key, { status: 'preparing', progress: (LOADING_SHARE * loaded) / total });
      return guide;
    }),
  );
  const documents = buildSearchDocuments(index, guides.filter((guide): guide is Guide => guide !== null), { localeTag, date });
  const search = await buildSearchIndexInSteps(documents, { locale, localeTag }, (share) => {
    publish(key, { status: 'preparing', progress: LOADING_SHARE + (1 - LOADING_SHARE) * share });
  });
  publish(key, { status: 'ready', index: search });
  return search;
}

/**
 * Starts building the locale's index, or returns the build already under way or done. A build
 * that failed (content not yet on the device) is started again.
 */
export function prepareSearchIndex(locale: string, localeTag: string, date: string = todayInUk()): Promise<SearchIndex> {
  const key = keyFor(locale, date);
  const existing = builds.get(key);
  if (existing && states.get(key)?.status !== 'error') return existing;
  const started = build(key, locale, localeTag, date);
  started.catch((error: unknown) => publish(key, { status: 'error', error: error instanceof Error ? error : new Error(String(error)) }));
  builds.set(key, started);
  return started;
}

export function searchIndexState(locale: string, date: string = todayInUk()): SearchIndexState {
  return states.get(keyFor(locale, date)) ?? IDLE;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The locale's search index as it gets ready; starts building it on first use. */
export function useSearchIndex(locale: string, localeTag: string): SearchIndexState {
  const date = todayInUk();
  const state = useSyncExternalStore(subscribe, () => searchIndexState(locale, date));
  useEffect(() => {
    // Failures are published as state; nothing more to do with the rejection here.
    prepareSearchIndex(locale, localeTag, date).catch(() => undefined);
  }, [locale, localeTag, date]);
  return state;
}
