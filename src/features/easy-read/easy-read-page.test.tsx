// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { LocaleIndex } from '../../content/model';
import english from '../../content/generated/en/index.json';
import { savePreferences } from '../../storage';
import { renderRoute, setUpPageTests } from '../../testing/render-route';
import { fakeSpeechSynthesis, uninstallSpeech } from '../../components/read-aloud/fake-speech';
import { EasyReadListPage } from './easy-read-list-page';
import { EasyReadPageView } from './easy-read-page';

const index = english as unknown as LocaleIndex;

setUpPageTests(() => uninstallSpeech());

function renderAt(path: string) {
  return renderRoute(
    [
      { path: '/:locale/easy-read', element: <EasyReadListPage /> },
      { path: '/:locale/easy-read/:pageId', element: <EasyReadPageView /> },
    ],
    path,
  );
}

describe('Easy Read page', () => {
  it('shows every point on its own row with a picture beside it, and links to the full checklist', async () => {
    const page = index.easyRead.find((p) => p.id === 'paid-fairly-easy-read')!;
    renderAt('/en/easy-read/paid-fairly-easy-read');
    await screen.findByRole('heading', { level: 1, name: page.title });

    const points = within(screen.getByRole('list', { name: 'What to know' })).getAllByRole('listitem');
    expect(points).toHaveLength(page.points.length);
    points.forEach((row, i) => {
      const svg = row.querySelector('svg')!;
      expect(svg).toHaveAttribute('data-icon', page.points[i]!.icon);
      expect(svg).toHaveAttribute('aria-hidden', 'true');
    });
    expect(points[0]).toHaveTextContent('The law sets the lowest pay. You must get at least this.');

    expect(screen.getByRole('link', { name: 'See the full checklist: Am I being paid and treated fairly?' })).toHaveAttribute('href', '/en/checklists/paid-and-treated-fairly');
  });

  it('offers to read the page aloud where the device can speak', async () => {
    fakeSpeechSynthesis().install();
    renderAt('/en/easy-read/before-your-pa-starts-easy-read');
    expect(await screen.findByRole('button', { name: 'Read aloud' })).toBeInTheDocument();
  });

  it('says the page is not there for an unknown id', async () => {
    renderAt('/en/easy-read/nothing-here');
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
  });
});

describe('Easy Read list', () => {
  it('lists the pages for the reader first and the others under a details', async () => {
    await savePreferences({ locale: 'en', nation: 'scotland', role: 'pa' });
    renderAt('/en/easy-read');
    const mine = await screen.findByRole('link', { name: 'Am I being paid and treated fairly?' });
    const others = screen.getByText('Easy Read pages for other readers').closest('details')!;
    expect(others).not.toContainElement(mine);
    expect(within(others).getByRole('link', { name: 'Before your PA starts' })).toHaveAttribute('href', '/en/easy-read/before-your-pa-starts-easy-read');
  });
});
