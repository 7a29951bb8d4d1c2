import { createBrowserRouter, type RouteObject } from 'react-router';
import { LocaleLayout } from './locale-layout';
import { RootRedirect } from './root-redirect';
import { RouteError } from './route-error';
import { NotFoundPage } from '../components/not-found-page';
import { HomeGate } from '../features/home/home-gate';

/** Feature pages load on demand so the first paint only needs the shell and the home page. */
export const routeTree: RouteObject[] = [
  { path: '/', element: <RootRedirect />, errorElement: <RouteError /> },
  {
    path: '/:locale',
    element: <LocaleLayout />,
    errorElement: <RouteError />,
    children: [
      {
        errorElement: <RouteError />,
        children: [
          { index: true, element: <HomeGate /> },
          { path: 'welcome', lazy: () => import('../features/settings/first-run-page').then((m) => ({ Component: m.FirstRunPage })) },
          { path: 'settings', lazy: () => import('../features/settings/settings-page').then((m) => ({ Component: m.SettingsPage })) },
          { path: 'guides', lazy: () => import('../features/guides/guide-list-page').then((m) => ({ Component: m.GuideListPage })) },
          { path: 'guides/:guideId', lazy: () => import('../features/guides/guide-page').then((m) => ({ Component: m.GuidePage })) },
          { path: 'checklists', lazy: () => import('../features/checklists/checklist-list-page').then((m) => ({ Component: m.ChecklistListPage })) },
          { path: 'checklists/:checklistId', lazy: () => import('../features/checklists/checklist-page').then((m) => ({ Component: m.ChecklistPage })) },
          { path: 'glossary', lazy: () => import('../features/glossary/glossary-page').then((m) => ({ Component: m.GlossaryPage })) },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
];

export function createAppRouter() {
  return createBrowserRouter(routeTree);
}
