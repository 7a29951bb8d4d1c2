// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ensureFeatureStrings, initI18n } from '../../i18n/i18n';
import { routes } from './routes';

beforeAll(async () => {
  await initI18n('en');
  await ensureFeatureStrings('en');
});
afterEach(cleanup);

function renderAt(path: string) {
  const router = createMemoryRouter(
    [
      {
        path: '/:locale',
        children: [
          ...routes,
          { path: 'guides', element: <h1>All guides</h1> },
          { path: 'guides/:id', element: <h1>A guide</h1> },
        ],
      },
    ],
    { initialEntries: [path] },
  );
  render(<RouterProvider router={router} />);
  return router;
}

const status = () => screen.getByRole('status');
const resultItems = () => [...document.querySelectorAll<HTMLElement>('ol.search-results > li')];
const ready = (text: RegExp) => screen.findByText(text, { selector: '[role=status]' }, { timeout: 15_000 });

describe('the search page', () => {
  // First in the file: the index is not built yet, so the page must show it getting ready.
  it('shows progress while the index is built, then the number of results', { timeout: 20_000 }, async () => {
    renderAt('/en/search?q=insurance');
    await screen.findByRole('heading', { level: 1, name: 'Search' }, { timeout: 10_000 });
    expect(status()).toHaveTextContent('Getting search ready…');
    expect(screen.getByRole('progressbar', { name: 'Getting search ready' })).toBeInTheDocument();
    await ready(/^\d+ results for “\u2068insurance\u2069”$/);
    expect(resultItems().length).toBeGreaterThan(0);
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
  });

  it('lists each result with its kind, a link and the matching words marked', async () => {
    renderAt('/en/search?q=DBS');
    await ready(/results for/);
    const items = resultItems();
    expect(items.length).toBeGreaterThan(1);
    const kinds = items.map((item) => item.querySelector('.search-result__kind')?.textContent);
    expect(kinds).toEqual(expect.arrayContaining(['Guide', 'Word explained']));
    const glossaryItem = items.find((item) => item.querySelector('a')?.getAttribute('href') === '/en/glossary#dbs');
    expect(glossaryItem).toBeDefined();
    for (const item of items) expect(within(item).getByRole('heading', { level: 3 })).toContainElement(item.querySelector('a'));
    const marks = [...document.querySelectorAll('.search-result mark')].map((mark) => mark.textContent?.toLowerCase());
    expect(marks.length).toBeGreaterThan(0);
    expect(marks.every((text) => text === 'dbs')).toBe(true);
  });

  it('links a hit in a guide section straight to that section', async () => {
    renderAt('/en/search?q=injured');
    await ready(/results for/);
    const hrefs = resultItems().map((item) => item.querySelector('a')?.getAttribute('href'));
    expect(hrefs.some((href) => /^\/en\/guides\/[a-z-]+#[a-z0-9-]+$/.test(href ?? ''))).toBe(true);
    const sectionItem = resultItems().find((item) => item.querySelector('a')?.getAttribute('href')?.includes('#'));
    expect(sectionItem).toHaveTextContent(/Part of the guide/);
  });

  it('says clearly when nothing matches, with suggestions', async () => {
    renderAt('/en/search?q=zqxjvwk');
    await ready(/^No results for “\u2068zqxjvwk\u2069”$/);
    expect(screen.getByRole('heading', { level: 2, name: 'No results for “\u2068zqxjvwk\u2069”' })).toBeInTheDocument();
    expect(screen.getByText('check the spelling')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'browse all guides' })).toHaveAttribute('href', '/en/guides');
    expect(screen.getByRole('link', { name: 'look a word up in Words explained' })).toHaveAttribute('href', '/en/glossary');
    expect(resultItems()).toHaveLength(0);
  });

  it('says when the results have only some of the words', async () => {
    renderAt('/en/search?q=insurance%20zqxjvwk');
    await ready(/results for/);
    expect(screen.getByText('No page has all of your words. These pages have some of them.')).toBeInTheDocument();
  });

  it('searches by Enter from the form and puts the words in the address', async () => {
    const user = userEvent.setup();
    const router = renderAt('/en/search');
    await screen.findByText(/Search every guide/);
    expect(status()).toHaveTextContent('');
    const input = screen.getByRole('searchbox', { name: 'What are you looking for?' });
    await user.type(input, 'holiday pay{Enter}');
    await ready(/results for “\u2068holiday pay\u2069”/);
    expect(router.state.location.pathname).toBe('/en/search');
    expect(new URLSearchParams(router.state.location.search).get('q')).toBe('holiday pay');
    expect(input).toHaveValue('holiday pay');
    expect(document.title).toBe('Search results for “holiday pay” – FairPA');
  });

  it('shows more results on request and moves focus to the first new one', async () => {
    const user = userEvent.setup();
    renderAt('/en/search?q=pay');
    await ready(/results for/);
    expect(resultItems()).toHaveLength(20);
    expect(screen.getByText(/^Showing 20 of \d+$/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Show more results' }));
    expect(resultItems().length).toBeGreaterThan(20);
    expect(document.activeElement).toBe(resultItems()[20]?.querySelector('a'));
  });
});
