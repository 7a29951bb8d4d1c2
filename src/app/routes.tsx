import { createBrowserRouter, type RouteObject } from 'react-router';
import { LocaleLayout } from './locale-layout';
import { RootRedirect } from './root-redirect';
import { RouteError } from './route-error';
import { NotFoundPage } from '../components/not-found-page';
import { HomeGate } from '../features/home/home-gate';
import { Loading } from '../components/loading';
import i18next from 'i18next';
import { ensureFeatureStrings, initI18n } from '../i18n/i18n';
import { toolLinks } from '../features/tools/tool-links';

/**
 * Features that bring their own pages export `routes` from `src/features/<name>/routes.tsx`; they
 * are collected here so adding a feature never means editing a shared route list.
 */
const featureRouteModules = import.meta.glob<{ routes: RouteObject[] }>('../features/*/routes.tsx', { eager: true });
const featureRoutes: RouteObject[] = Object.values(featureRouteModules).flatMap((module) => module.routes.map(withFeatureStrings));

/**
 * On the very first load a page's lazy code resolves before the layout has started i18next, so
 * start it here (it starts once); on later navigations it is running in the reader's language.
 */
async function loadStringsForNavigation(): Promise<void> {
  const code = i18next.isInitialized ? i18next.language : (window.location.pathname.split('/')[1] ?? '');
  await initI18n(code);
  await ensureFeatureStrings(i18next.language);
}

/** A feature page loads its strings along with its code, so it never shows a raw key. */
function withFeatureStrings(route: RouteObject): RouteObject {
  const lazy = typeof route.lazy === 'function' ? route.lazy : undefined;
  return {
    ...route,
    ...(lazy ? { lazy: async () => (await Promise.all([lazy(), loadStringsForNavigation()]))[0] } : {}),
    ...(route.children ? { children: route.children.map(withFeatureStrings) } : {}),
  } as RouteObject;
}

/** The records each reader keeps, offered on their home page. */
const RECORD_LINKS = [
  { titleKey: 'diary.title', descriptionKey: 'diary.intro', path: 'diary', roles: ['pa'] as const },
  { titleKey: 'visits.list.title', descriptionKey: 'visits.list.intro', path: 'visits', roles: ['rep'] as const },
  { titleKey: 'yourData.title', descriptionKey: 'yourData.intro', path: 'your-data', roles: ['pa', 'employer', 'rep'] as const },
];

/** Feature pages load on demand so the first paint only needs the shell and the home page. */
export const routeTree: RouteObject[] = [
  { path: '/', element: <RootRedirect />, errorElement: <RouteError />, HydrateFallback: Loading },
  {
    path: '/:locale',
    element: <LocaleLayout />,
    errorElement: <RouteError />,
    HydrateFallback: Loading,
    children: [
      {
        errorElement: <RouteError />,
        children: [
          { index: true, element: <HomeGate tools={toolLinks} records={RECORD_LINKS} /> },
          { path: 'welcome', lazy: () => import('../features/settings/first-run-page').then((m) => ({ Component: m.FirstRunPage })) },
          { path: 'settings', lazy: () => import('../features/settings/settings-page').then((m) => ({ Component: m.SettingsPage })) },
          { path: 'guides', lazy: () => import('../features/guides/guide-list-page').then((m) => ({ Component: m.GuideListPage })) },
          { path: 'guides/:guideId', lazy: () => import('../features/guides/guide-page').then((m) => ({ Component: m.GuidePage })) },
          { path: 'checklists', lazy: () => import('../features/checklists/checklist-list-page').then((m) => ({ Component: m.ChecklistListPage })) },
          { path: 'checklists/:checklistId', lazy: () => import('../features/checklists/checklist-page').then((m) => ({ Component: m.ChecklistPage })) },
          { path: 'glossary', lazy: () => import('../features/glossary/glossary-page').then((m) => ({ Component: m.GlossaryPage })) },
          ...featureRoutes,
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
];

export function createAppRouter() {
  return createBrowserRouter(routeTree);
}
