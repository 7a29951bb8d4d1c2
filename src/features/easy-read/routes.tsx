import type { RouteObject } from 'react-router';

export const routes: RouteObject[] = [
  { path: 'easy-read', lazy: () => import('./easy-read-list-page').then((m) => ({ Component: m.EasyReadListPage })) },
  { path: 'easy-read/:pageId', lazy: () => import('./easy-read-page').then((m) => ({ Component: m.EasyReadPageView })) },
];
