import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Form, useSearchParams } from 'react-router';
import { PageHeading } from '../../components/page-heading';
import { useReader } from '../../lib/use-reader';
import { isolate } from './isolate';
import { prepareSearchIndex, useSearchIndex } from './search-index-store';
import { NoResults, ResultList, useSearchResults } from './search-results';
import './search.css';

function SearchForm({ locale, query }: { locale: string; query: string }) {
  const { t } = useTranslation();
  const id = useId();
  const [text, setText] = useState(query);
  const [formQuery, setFormQuery] = useState(query);
  // A search from the header box changes the URL while this page is open: show its words here.
  if (formQuery !== query) {
    setFormQuery(query);
    setText(query);
  }
  return (
    <Form method="get" action={`/${locale}/search`} role="search" aria-label={t('search.title')} className="search-form">
      <div className="field">
        <label htmlFor={`${id}-q`}>{t('search.label')}</label>
        <p className="hint" id={`${id}-hint`}>{t('search.hint')}</p>
        <div className="search-form__row">
          <input
            id={`${id}-q`}
            type="search"
            name="q"
            value={text}
            onChange={(event) => setText(event.target.value)}
            aria-describedby={`${id}-hint`}
            autoComplete="off"
            enterKeyHint="search"
          />
          <button type="submit" className="button">{t('search.button')}</button>
        </div>
      </div>
    </Form>
  );
}

function Preparing({ progress }: { progress: number }) {
  const { t } = useTranslation();
  const id = useId();
  const percent = Math.round(progress * 100);
  return (
    <div className="search-progress">
      <label htmlFor={id}>{t('search.progressLabel')}</label>
      <progress id={id} max={100} value={percent}>{`${percent}%`}</progress>
    </div>
  );
}

export function SearchPage() {
  const { t } = useTranslation();
  const { locale } = useReader();
  const [params] = useSearchParams();
  const query = (params.get('q') ?? '').trim();
  const state = useSearchIndex(locale.code, locale.tag);
  const { results, showMore } = useSearchResults(state.status === 'ready' ? state.index : null, query);

  useEffect(() => {
    document.title = `${query ? t('search.documentTitle', { query }) : t('search.title')} – FairPA`;
  }, [query, t]);

  let status = '';
  if (results) {
    status = results.total > 0
      ? t('search.results', { count: results.total, query: isolate(query) })
      : t('search.noResults', { query: isolate(query) });
  } else if (query && state.status !== 'error') {
    status = t('search.preparing');
  }

  return (
    <>
      <PageHeading>{t('search.title')}</PageHeading>
      {!query && <p className="lead">{t('search.intro')}</p>}
      <SearchForm locale={locale.code} query={query} />
      {/* Always in the page, so screen readers announce each new count or "no results" (which is
          also the heading below, so then it is not shown twice). */}
      <p className={results?.total === 0 ? 'visually-hidden' : 'search-status'} role="status">{status}</p>
      {(state.status === 'idle' || state.status === 'preparing') && <Preparing progress={state.status === 'preparing' ? state.progress : 0} />}
      {state.status === 'error' && (
        <div className="banner banner--warning" role="alert">
          <p>{t('search.failed')}</p>
          <button type="button" className="button button--secondary" onClick={() => void prepareSearchIndex(locale.code, locale.tag).catch(() => undefined)}>
            {t('search.tryAgain')}
          </button>
        </div>
      )}
      {results && results.total > 0 && <ResultList results={results} onShowMore={showMore} />}
      {results && results.total === 0 && <NoResults query={query} locale={locale.code} />}
    </>
  );
}
