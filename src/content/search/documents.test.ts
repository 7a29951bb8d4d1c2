import { describe, expect, it } from 'vitest';
import { formatRate } from '../format-rate';
import { buildSearchDocuments } from './documents';
import { fixtureGuides, fixtureIndex } from './testing/fixture';

const docs = buildSearchDocuments(fixtureIndex, fixtureGuides, { localeTag: 'en-GB', date: '2026-06-01' });
const byId = (id: string) => docs.find((doc) => doc.id === id);

describe('search documents from compiled content', () => {
  it('makes one document for each guide and one for each of its sections, linking to the section', () => {
    expect(byId('guide:insurance')).toMatchObject({ kind: 'guide', title: "Employers' liability insurance", href: '/en/guides/insurance' });
    expect(byId('guide:insurance#who-needs-it')).toMatchObject({
      title: 'Who needs it',
      context: "Employers' liability insurance",
      href: '/en/guides/insurance#who-needs-it',
    });
  });

  it('puts the summary and the opening text in the guide document, and section text in the section', () => {
    expect(byId('guide:insurance')?.text).toBe('The insurance that pays if a PA is hurt at work.\nEvery employer needs cover before the first shift.');
    expect(byId('guide:insurance#who-needs-it')?.text).not.toContain('first shift');
  });

  it('finds sections whose heading sits inside a passage for some readers', () => {
    expect(byId('guide:insurance#if-hurt')?.text).toBe('Write it in the accident book.\nTell the insurer.');
  });

  it('resolves rate placeholders to the figure in force, formatted for the reader', () => {
    const figure = formatRate('nmw.21_and_over', 'en-GB', '2026-06-01');
    expect(figure).toBeTruthy();
    expect(byId('guide:pay#rates')?.text).toContain(`at least ${figure} an hour`);
  });

  it('shows glossary terms by their word, or by the words the page chose', () => {
    expect(byId('guide:insurance#who-needs-it')?.text).toContain('If you employ a Personal assistant, the law');
    expect(byId('guide:pay#rates')?.text).toContain('A sleep-in counts too');
  });

  it('indexes checklists by their items, templates by their field labels, Easy Read pages and glossary terms', () => {
    expect(byId('checklist:before-start')).toMatchObject({ kind: 'checklist', href: '/en/checklists/before-start' });
    expect(byId('checklist:before-start')?.text).toContain('Ask for a DBS check.\nIt shows whether someone is barred');
    expect(byId('template:timesheet')?.text).toContain('Travel between visits');
    expect(byId('easy-read:before-start-easy-read')).toMatchObject({ kind: 'easy-read', text: 'Get insurance. It pays if your PA gets hurt.' });
    expect(byId('glossary:sleep-in')).toMatchObject({ kind: 'glossary', title: 'Sleep-in', keywords: 'sleep-ins', href: '/en/glossary#sleep-in' });
  });

  it('marks English text shown in another locale because it has no translation yet', () => {
    const welsh = { ...fixtureIndex, locale: 'cy' };
    const guides = fixtureGuides.map((guide, i) => ({ ...guide, translation: i === 0 ? ('missing' as const) : ('current' as const) }));
    const welshDocs = buildSearchDocuments(welsh, guides, { localeTag: 'cy-GB' });
    expect(welshDocs.find((doc) => doc.id === 'guide:insurance')).toMatchObject({ english: true, href: '/cy/guides/insurance' });
    expect(welshDocs.find((doc) => doc.id === 'guide:pay')).toMatchObject({ english: false });
  });
});
