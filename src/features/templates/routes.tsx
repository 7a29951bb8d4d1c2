import type { RouteObject } from 'react-router';

export const routes: RouteObject[] = [
  { path: 'templates', lazy: () => import('./template-list-page').then((m) => ({ Component: m.TemplateListPage })) },
  { path: 'templates/:templateId', lazy: () => import('./template-page').then((m) => ({ Component: m.TemplatePage })) },
];
