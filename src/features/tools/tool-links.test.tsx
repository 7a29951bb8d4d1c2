// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { cleanup, screen, within } from '@testing-library/react';
import i18next from 'i18next';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { freshStorage, resetStorage } from '../../storage/testing/fresh-storage';
import { renderTools } from './testing/render-tools';
import { TOOL_REGISTRY } from './tool-registry';
import { toolLinks, toolLinksFor } from './tool-links';
import { routes } from './routes';

beforeEach(() => {
  freshStorage();
});

afterEach(async () => {
  cleanup();
  await resetStorage();
});

describe('toolLinks', () => {
  it('lists each calculator once, with words and a page for each', async () => {
    await renderTools('/en/tools');
    expect(toolLinks.map((link) => link.id)).toEqual(['minimum-wage', 'holiday', 'sick-pay', 'employment-cost']);
    for (const link of toolLinks) {
      expect(i18next.exists(link.titleKey) && i18next.exists(link.descriptionKey), link.id).toBe(true);
      expect(routes.some((route) => route.path === `${link.path}/:step?`), link.id).toBe(true);
      expect(TOOL_REGISTRY.some((tool) => tool.id === link.id), link.id).toBe(true);
    }
  });

  it('offers the direct-payment cost check to employers and reps, not to PAs', () => {
    expect(toolLinksFor('pa').map((link) => link.id)).not.toContain('employment-cost');
    expect(toolLinksFor('employer').map((link) => link.id)).toContain('employment-cost');
    expect(toolLinksFor(null)).toHaveLength(4);
  });
});

describe('the calculators page', () => {
  it('links to every calculator with a one-line description, and to saved results', async () => {
    await renderTools('/en/tools');
    expect(await screen.findByRole('heading', { level: 1, name: 'Calculators' })).toBeInTheDocument();
    const cards = screen.getAllByRole('listitem');
    expect(cards).toHaveLength(4);
    expect(within(cards[0]!).getByRole('link', { name: 'Minimum wage check' })).toHaveAttribute('href', '/en/tools/minimum-wage');
    expect(within(cards[3]!).getByText('For employers, reps and advisers')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Your saved results' })).toHaveAttribute('href', '/en/tools/saved');
  });
});
