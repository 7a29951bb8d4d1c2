import { render, screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
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

/** Presses the step page's Continue button. */
export const next = (user: UserEvent) => user.click(screen.getByRole('button', { name: 'Continue' }));

/** Types a date into the three boxes (day, month, year) of the group with this legend. */
export async function fillDate(user: UserEvent, legend: string, day: string, month: string, year: string) {
  const group = screen.getByRole('group', { name: legend });
  await user.type(within(group).getByLabelText('Day'), day);
  await user.type(within(group).getByLabelText('Month'), month);
  await user.type(within(group).getByLabelText('Year'), year);
}
