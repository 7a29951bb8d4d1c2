import type { RouteObject } from 'react-router';

/** Export, import, the passphrase lock and deleting everything; and the page that unlocks. */
export const routes: RouteObject[] = [
  { path: 'your-data', lazy: () => import('./your-data-page').then((m) => ({ Component: m.YourDataPage })) },
  { path: 'unlock', lazy: () => import('./unlock-page').then((m) => ({ Component: m.UnlockPage })) },
];
