import { render, waitFor } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { ensureFeatureStrings, initI18n } from '../../../i18n/i18n';
import { TodayContext } from '../flow/today';
import { routes } from '../routes';

export const TEST_TODAY = '2026-11-23';

/** The tools' real routes under /:locale in a memory router, with a fixed "today". */
export async function renderTools(path: string, today: string = TEST_TODAY) {
  await initI18n('en');
  await ensureFeatureStrings('en');
  const router = createMemoryRouter([{ path: '/:locale', children: routes, HydrateFallback: () => null }], { initialEntries: [path] });
  const view = render(
    <TodayContext.Provider value={() => today}>
      <RouterProvider router={router} />
    </TodayContext.Provider>,
  );
  // The first visit loads the page's module on demand, which can be slow in a cold test run.
  await waitFor(() => {
    if (!router.state.initialized) throw new Error('routes still loading');
  }, { timeout: 10_000 });
  return { router, ...view };
}
