// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider, useLocation } from 'react-router';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ensureFeatureStrings, initI18n } from '../../i18n/i18n';
import { SearchBox } from './search-box';

beforeAll(async () => {
  await initI18n('en');
  await ensureFeatureStrings('en');
});
afterEach(cleanup);

function Where() {
  const location = useLocation();
  return <p data-testid="where">{`${location.pathname}${location.search}`}</p>;
}

describe('the header search box', () => {
  it('sends the words to the search page of the reader’s language by Enter', async () => {
    const user = userEvent.setup();
    const router = createMemoryRouter(
      [{ path: '/:locale', element: <><SearchBox /><Where /></>, children: [{ path: 'search', element: null }] }],
      { initialEntries: ['/cy'] },
    );
    render(<RouterProvider router={router} />);
    const box = await screen.findByRole('searchbox', { name: 'Search FairPA' });
    expect(screen.getByRole('search', { name: 'Search FairPA' })).toContainElement(box);
    await user.type(box, 'sleep-in{Enter}');
    expect(screen.getByTestId('where')).toHaveTextContent('/cy/search?q=sleep-in');
  });

  it('has a visible button as well', async () => {
    const user = userEvent.setup();
    const router = createMemoryRouter(
      [{ path: '/:locale', element: <><SearchBox /><Where /></>, children: [{ path: 'search', element: null }] }],
      { initialEntries: ['/en'] },
    );
    render(<RouterProvider router={router} />);
    await user.type(await screen.findByRole('searchbox'), 'DBS');
    await user.click(screen.getByRole('button', { name: 'Search' }));
    expect(screen.getByTestId('where')).toHaveTextContent('/en/search?q=DBS');
  });
});
