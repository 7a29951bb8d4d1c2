import { cleanup, render } from '@testing-library/react';
import { createMemoryRouter, RouterProvider, type RouteObject } from 'react-router';
import { afterEach, beforeAll, beforeEach } from 'vitest';
import { ensureFeatureStrings, initI18n } from '../i18n/i18n';
import { freshStorage, resetStorage } from '../storage/testing/fresh-storage';

/**
 * For a test file rendering pages: English strings (with the features') before all tests, fresh
 * storage before each, and after each the render cleaned up, then `tidy` (undo stubs and fakes),
 * then storage reset.
 */
export function setUpPageTests(tidy?: () => void) {
  beforeAll(async () => {
    await initI18n('en');
    await ensureFeatureStrings('en');
  });

  beforeEach(() => {
    freshStorage();
  });

  afterEach(async () => {
    cleanup();
    tidy?.();
    await resetStorage();
  });
}

/** Renders `routes` in a memory router opened at `path`, and returns the router. */
export function renderRoute(routes: RouteObject[], path: string) {
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  render(<RouterProvider router={router} />);
  return router;
}
