import type { RouteObject } from 'react-router';

/** The calculators. Each page loads on demand; `:step` is a question page, `check` or `result`. */
export const routes: RouteObject[] = [
  { path: 'tools', lazy: () => import('./tool-list-page').then((m) => ({ Component: m.ToolListPage })) },
  { path: 'tools/saved', lazy: () => import('./saved-results-page').then((m) => ({ Component: m.SavedResultsPage })) },
  { path: 'tools/saved/:resultId', lazy: () => import('./saved-result-page').then((m) => ({ Component: m.SavedResultPage })) },
  {
    path: 'tools/minimum-wage/:step?',
    lazy: () => import('./minimum-wage/minimum-wage-page').then((m) => ({ Component: m.MinimumWagePage })),
  },
  { path: 'tools/holiday/:step?', lazy: () => import('./holiday/holiday-page').then((m) => ({ Component: m.HolidayPage })) },
  { path: 'tools/sick-pay/:step?', lazy: () => import('./sick-pay/sick-pay-page').then((m) => ({ Component: m.SickPayPage })) },
  {
    path: 'tools/employment-cost/:step?',
    lazy: () => import('./employment-cost/employment-cost-page').then((m) => ({ Component: m.EmploymentCostPage })),
  },
];
