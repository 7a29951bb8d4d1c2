// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { cleanup, render, screen } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Guide } from '../../content/model';
import { fixtureGuides, fixtureIndex } from '../../content/search/testing/fixture';
import { ensureFeatureStrings, initI18n } from '../../i18n/i18n';
import { routes } from './routes';

// Welsh content where the insurance guide has no translation yet, so it is shown in English.
const welshGuides: Guide[] = fixtureGuides.map((guide) => ({ ...guide, translation: guide.id === 'insurance' ? 'missing' : 'current' }));
vi.mock('../../content/load-content', () => ({
  loadLocaleIndex: () => Promise.resolve({ ...fixtureIndex, locale: 'cy', guides: welshGuides.map(({ blocks: _b, ...summary }) => summary) }),
  loadGuide: (_locale: string, id: string) => Promise.resolve(welshGuides.find((guide) => guide.id === id) ?? null),
}));

beforeAll(async () => {
  await initI18n('en');
  await ensureFeatureStrings('en');
});
afterEach(cleanup);

describe('search results in a language with untranslated pages', () => {
  it('marks the English title and snippet with their language and says they are in English', async () => {
    const router = createMemoryRouter([{ path: '/:locale', children: routes }], { initialEntries: ['/cy/search?q=insurance'] });
    render(<RouterProvider router={router} />);
    await screen.findByText(/results for/, { selector: '[role=status]' }, { timeout: 10_000 });
    const english = screen.getByRole('link', { name: "Employers' liability insurance" });
    expect(english).toHaveAttribute('lang', 'en-GB');
    expect(english).toHaveAttribute('href', '/cy/guides/insurance');
    const item = english.closest('li')!;
    expect(item.querySelector('.search-result__snippet')).toHaveAttribute('lang', 'en-GB');
    expect(item).toHaveTextContent('In English');
    const translated = screen.getByRole('link', { name: 'Who needs it' }).closest('li');
    expect(translated).toBeTruthy();
  });
});
