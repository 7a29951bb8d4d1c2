import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Loadable } from '../content/use-content';
import { Loading } from './loading';

/** Shows loading and error states for content, and the content itself once it has arrived. */
export function ContentState<T>({ state, children }: { state: Loadable<T>; children: (data: T) => ReactNode }) {
  const { t } = useTranslation();
  if (state.status === 'loading') return <Loading />;
  if (state.status === 'error') {
    return (
      <div className="banner banner--warning" role="alert">
        <p>{t('errors.contentFailed')}</p>
        <button type="button" className="button button--secondary" onClick={() => window.location.reload()}>
          {t('errors.tryAgain')}
        </button>
      </div>
    );
  }
  return <>{children(state.data)}</>;
}
