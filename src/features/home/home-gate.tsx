import { lazy, Suspense } from 'react';
import { Navigate, useParams } from 'react-router';
import { usePreferences } from '../../storage/shell';
import { Loading } from '../../components/loading';
import type { HomeLink } from './home-links';

const HomePage = lazy(() => import('./home-page').then((m) => ({ default: m.HomePage })));

/** First visit goes to the welcome questions; afterwards the home page is shaped by the answers. */
export function HomeGate({ tools = [], records = [] }: { tools?: readonly HomeLink[]; records?: readonly HomeLink[] }) {
  const { locale } = useParams();
  const preferences = usePreferences();
  if (preferences.status === 'loading') return <Loading />;
  if (!preferences.preferences) return <Navigate to={`/${locale}/welcome`} replace />;
  return (
    <Suspense fallback={<Loading />}>
      <HomePage role={preferences.preferences.role} tools={tools} records={records} />
    </Suspense>
  );
}
