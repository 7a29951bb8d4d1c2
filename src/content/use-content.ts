import { useEffect, useState } from 'react';
import { loadGuide, loadLocaleIndex, loadLocaleSummary } from './load-content';
import type { Guide, LocaleIndex, LocaleSummary } from './model';

export type Loadable<T> = { status: 'loading' } | { status: 'ready'; data: T } | { status: 'error'; error: Error };

/** Runs an async load whenever its key changes, ignoring answers that arrive after a newer request. */
function useLoad<T>(key: string, load: () => Promise<T>): Loadable<T> {
  const [state, setState] = useState<{ key: string; value: Loadable<T> }>({ key, value: { status: 'loading' } });
  useEffect(() => {
    let current = true;
    load().then(
      (data) => current && setState({ key, value: { status: 'ready', data } }),
      (error: unknown) => current && setState({ key, value: { status: 'error', error: error instanceof Error ? error : new Error(String(error)) } }),
    );
    return () => {
      current = false;
    };
    // `load` is derived from `key`; depending on the key alone avoids reloading on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  return state.key === key ? state.value : { status: 'loading' };
}

export function useLocaleIndex(locale: string): Loadable<LocaleIndex> {
  return useLoad(`index:${locale}`, () => loadLocaleIndex(locale));
}

export function useGuide(locale: string, id: string): Loadable<Guide | null> {
  return useLoad(`guide:${locale}/${id}`, () => loadGuide(locale, id));
}

export function useLocaleSummary(locale: string): Loadable<LocaleSummary> {
  return useLoad(`summary:${locale}`, () => loadLocaleSummary(locale));
}
