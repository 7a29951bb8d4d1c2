import { useParams, useRouteError, isRouteErrorResponse } from 'react-router';
import { DEFAULT_LOCALE, findLocale } from '../i18n/locales';
import { ErrorPanel } from './error-panel';
import { NotFoundPage } from '../components/not-found-page';

/** Router-level errors: a failed lazy load or a thrown 404 gets a real page, never a blank screen. */
export function RouteError() {
  const error = useRouteError();
  const { locale } = useParams();
  const code = findLocale(locale)?.code ?? DEFAULT_LOCALE;
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundPage />;
  console.error('FairPA route error', error);
  return (
    <main id="main-content" className="page">
      <ErrorPanel homeHref={`/${code}/`} />
    </main>
  );
}
