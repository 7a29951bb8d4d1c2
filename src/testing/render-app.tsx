import { render } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { routeTree } from '../app/routes';

/** Renders the whole app at a path, with the real routes, i18n and (test) storage. */
export function renderApp(path: string) {
  const router = createMemoryRouter(routeTree, { initialEntries: [path] });
  const view = render(<RouterProvider router={router} />);
  return { ...view, router };
}
