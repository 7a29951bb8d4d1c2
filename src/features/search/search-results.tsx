import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { SearchIndex, SearchResults } from '../../content/search';
import { Highlighted } from './highlighted';
import { isolate } from './isolate';

const PAGE_SIZE = 20;

/** Runs the search once the index is ready; a new query starts again from the first page of hits. */
export function useSearchResults(index: SearchIndex | null, query: string): { results: SearchResults | null; showMore: () => void } {
  const [shown, setShown] = useState({ query, limit: PAGE_SIZE });
  const limit = shown.query === query ? shown.limit : PAGE_SIZE;
  const results = useMemo(() => (index && query ? index.search(query, { limit }) : null), [index, query, limit]);
  return { results, showMore: () => setShown({ query, limit: limit + PAGE_SIZE }) };
}

export function ResultList({ results, onShowMore }: { results: SearchResults; onShowMore: () => void }) {
  const { t } = useTranslation();
  const listRef = useRef<HTMLOListElement>(null);
  const focusFrom = useRef<number | null>(null);
  const { hits, total } = results;

  // After "Show more", move to the first new result so keyboard users carry on from there.
  useEffect(() => {
    if (focusFrom.current === null) return;
    listRef.current?.querySelectorAll<HTMLAnchorElement>('.search-result__title a')[focusFrom.current]?.focus();
    focusFrom.current = null;
  }, [hits.length]);

  return (
    <section aria-labelledby="search-results-heading">
      <h2 id="search-results-heading" className="visually-hidden">{t('search.resultsHeading')}</h2>
      {!results.matchedAllWords && <p className="banner">{t('search.someWords')}</p>}
      <ol className="search-results" ref={listRef}>
        {hits.map((hit) => {
          const lang = hit.english ? 'en-GB' : undefined;
          return (
            <li key={hit.id} className="search-result">
              <h3 className="search-result__title">
                <Link to={hit.href} lang={lang}><Highlighted parts={hit.title} /></Link>
              </h3>
              <p className="search-result__meta">
                <span className="search-result__kind">{t(`search.kinds.${hit.kind}`)}</span>
                {hit.context && <span className="search-result__context">{t('search.inGuide', { title: isolate(hit.context) })}</span>}
                {hit.english && <span className="search-result__context">{t('search.inEnglish')}</span>}
              </p>
              {hit.snippet.length > 0 && (
                <p className="search-result__snippet" lang={lang}><Highlighted parts={hit.snippet} /></p>
              )}
            </li>
          );
        })}
      </ol>
      {total > hits.length && (
        <div className="search-more">
          <p className="hint">{t('search.showing', { shown: hits.length, total })}</p>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => {
              focusFrom.current = hits.length;
              onShowMore();
            }}
          >
            {t('search.showMore')}
          </button>
        </div>
      )}
    </section>
  );
}

export function NoResults({ query, locale }: { query: string; locale: string }) {
  const { t } = useTranslation();
  return (
    <section className="search-empty" aria-labelledby="search-empty-heading">
      <h2 id="search-empty-heading">{t('search.noResults', { query: isolate(query) })}</h2>
      <p>{t('search.suggestionsIntro')}</p>
      <ul>
        <li>{t('search.suggestions.spelling')}</li>
        <li>{t('search.suggestions.fewerWords')}</li>
        <li><Link to={`/${locale}/guides`}>{t('search.suggestions.guides')}</Link></li>
        <li><Link to={`/${locale}/checklists`}>{t('search.suggestions.checklists')}</Link></li>
        <li><Link to={`/${locale}/glossary`}>{t('search.suggestions.glossary')}</Link></li>
      </ul>
    </section>
  );
}
