import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Form } from 'react-router';
import { useReader } from '../../lib/use-reader';
import './search.css';

/**
 * A compact search form for the page header. It sends the words to the search page as `?q=`,
 * so it works by Enter and the results page can be bookmarked or shared.
 */
export function SearchBox({ className }: { className?: string }) {
  const { t } = useTranslation();
  const { locale } = useReader();
  const id = useId();
  return (
    <Form method="get" action={`/${locale.code}/search`} role="search" aria-label={t('search.boxLabel')} className={['search-box', className].filter(Boolean).join(' ')}>
      <label htmlFor={id} className="visually-hidden">{t('search.boxLabel')}</label>
      <input id={id} type="search" name="q" className="search-box__input" autoComplete="off" enterKeyHint="search" />
      <button type="submit" className="search-box__button">{t('search.button')}</button>
    </Form>
  );
}
