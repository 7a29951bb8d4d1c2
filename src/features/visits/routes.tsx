import type { RouteObject } from 'react-router';

/** A rep's or adviser's record of home visits, kept on this device only. */
export const routes: RouteObject[] = [
  { path: 'visits', lazy: () => import('./visit-list-page').then((m) => ({ Component: m.VisitListPage })) },
  { path: 'visits/new', lazy: () => import('./visit-form-page').then((m) => ({ Component: m.NewVisitPage })) },
  { path: 'visits/:visitId', lazy: () => import('./visit-page').then((m) => ({ Component: m.VisitPage })) },
  { path: 'visits/:visitId/edit', lazy: () => import('./visit-form-page').then((m) => ({ Component: m.EditVisitPage })) },
];
