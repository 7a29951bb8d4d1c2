import type { RouteObject } from 'react-router';

export const routes: RouteObject[] = [
  { path: 'search', lazy: () => import('./search-page').then((m) => ({ Component: m.SearchPage })) },
];
