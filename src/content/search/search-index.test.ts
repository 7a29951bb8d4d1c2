import { describe, expect, it } from 'vitest';
import { buildSearchDocuments, type SearchDocument } from './documents';
import { buildSearchIndexInSteps, createSearchIndex, type SearchHit } from './search-index';
import type { SnippetPart } from './snippet';
import { fixtureGuides, fixtureIndex } from './testing/fixture';

const docs = buildSearchDocuments(fixtureIndex, fixtureGuides, { localeTag: 'en-GB' });
const index = createSearchIndex(docs, { locale: 'en', localeTag: 'en-GB' });
const ids = (query: string) => index.search(query).hits.map((hit) => hit.id);
const marked = (parts: readonly SnippetPart[]) => parts.filter((p) => p.match).map((p) => p.text);

function doc(id: string, title: string, text: string, kind: SearchDocument['kind'] = 'guide'): SearchDocument {
  return { id, kind, title, keywords: '', text, href: `/x/${id}`, english: false };
}

describe('searching the index', () => {
  it('counts every document it was given', () => {
    expect(index.documentCount).toBe(docs.length);
  });

  it('finds a word in titles, section text, checklists, templates, Easy Read and the glossary', () => {
    expect(ids('insurance')).toEqual(expect.arrayContaining(['guide:insurance', 'guide:insurance#who-needs-it', 'easy-read:before-start-easy-read']));
    expect(ids('DBS')).toEqual(['checklist:before-start']);
    expect(ids('minutes')).toEqual(['template:timesheet']);
    expect(ids('barred')).toEqual(['checklist:before-start']);
    expect(ids('night')).toEqual(['glossary:sleep-in']);
  });

  it('ranks a title match above a passing mention', () => {
    expect(ids('insurance')[0]).toBe('guide:insurance');
  });

  it('matches the start of a word', () => {
    expect(ids('insur')).toContain('guide:insurance');
    expect(ids('acci')).toEqual(['guide:insurance#if-hurt']);
  });

  it('forgives small spelling mistakes', () => {
    expect(ids('insurence')).toContain('guide:insurance');
    expect(ids('holliday')).toEqual(['guide:pay#rates']);
  });

  it('does not guess at numbers', () => {
    expect(index.search('22').total).toBe(0);
    expect(ids('21')).toEqual(['guide:pay#rates']);
  });

  it('finds other forms of an English word', () => {
    expect(ids('injury')).toEqual(['guide:insurance#if-hurt']);
    expect(ids('sleeping')).toContain('glossary:sleep-in');
  });

  it('matches a word typed in full by its stem, not as the start of other words', () => {
    // "died" stems to "di": it must not find "direct" or "disability".
    const died = createSearchIndex([doc('a', 'If the employer dies', ''), doc('b', 'Direct payments', 'Disability')], { locale: 'en', localeTag: 'en-GB' });
    expect(died.search('died').hits.map((hit) => hit.id)).toEqual(['a']);
  });

  it('ranks an abbreviation typed in lower case above the shorter word it stems to', () => {
    const paye = createSearchIndex([doc('a', 'Holiday pay', 'How holiday pay works.'), doc('b', 'PAYE', 'Tax through PAYE.')], { locale: 'en', localeTag: 'en-GB' });
    expect(paye.search('paye').hits[0]?.id).toBe('b');
  });

  it('finds a hyphenated word whether it is typed with a hyphen, a space or neither', () => {
    for (const query of ['sleep-in', 'sleepin', 'sleep in']) expect(ids(query)).toContain('glossary:sleep-in');
  });

  it('finds glossary terms by their aliases', () => {
    expect(ids('PAs')).toContain('glossary:pa');
  });

  it('needs every word of the query when some page has them all', () => {
    const results = index.search('insurance accident');
    expect(results.matchedAllWords).toBe(true);
    expect(results.hits.map((hit) => hit.id)).toEqual(['guide:insurance#if-hurt']);
  });

  it('falls back to pages with any of the words, and says so, when no page has them all', () => {
    const results = index.search('insurance timesheet');
    expect(results.matchedAllWords).toBe(false);
    expect(results.hits.map((hit) => hit.id)).toEqual(expect.arrayContaining(['template:timesheet', 'guide:insurance']));
  });

  it('returns nothing for words that are nowhere, and for an empty query', () => {
    expect(index.search('zebra crossing')).toMatchObject({ total: 0, hits: [] });
    expect(index.search('   ')).toMatchObject({ total: 0, hits: [] });
  });

  it('limits the hits but reports the full count', () => {
    const all = index.search('insurance');
    const first = index.search('insurance', { limit: 2 });
    expect(first.hits).toHaveLength(2);
    expect(first.total).toBe(all.total);
  });

  it('gives each hit a highlighted title and snippet, its kind, its address and its guide', () => {
    const hit = index.search('injured').hits[0] as SearchHit;
    expect(hit).toMatchObject({ id: 'guide:insurance#if-hurt', kind: 'guide', href: '/en/guides/insurance#if-hurt', context: "Employers' liability insurance" });
    expect(hit.title).toEqual([{ text: 'If a PA is ', match: false }, { text: 'injured', match: true }]);
    const insurer = index.search('insurer').hits.find((h) => h.id === 'guide:insurance#if-hurt') as SearchHit;
    expect(marked(insurer.snippet)).toEqual(['insurer']);
  });

  it('highlights the words the prefix or misspelling matched, not the words typed', () => {
    const hit = index.search('insurence').hits.find((h) => h.id === 'easy-read:before-start-easy-read') as SearchHit;
    expect(marked(hit.snippet)).toEqual(['insurance']);
  });

  it('does not highlight common words that happened to match', () => {
    const hit = index.search('sleep-in').hits.find((h) => h.id === 'glossary:sleep-in') as SearchHit;
    expect(marked(hit.title)).toEqual(['Sleep-in']);
  });
});

describe('searching other languages', () => {
  it('finds Welsh words typed without the circumflex, and marks them as written', () => {
    const welsh = createSearchIndex([doc('a', 'Tâl gwyliau', 'Mae gan ŵyr hawl i dâl.')], { locale: 'cy', localeTag: 'cy-GB' });
    const hit = welsh.search('wyr').hits[0] as SearchHit;
    expect(marked(hit.snippet)).toEqual(['ŵyr']);
    expect(welsh.search('tal').hits[0]?.title).toEqual([{ text: 'Tâl', match: true }, { text: ' gwyliau', match: false }]);
  });

  it('finds Malayalam words whole and by their start (inflected forms share it)', () => {
    const malayalam = createSearchIndex(
      [doc('a', 'ഇൻഷുറൻസ്', 'നിങ്ങളുടെ തൊഴിലുടമ ഇൻഷുറൻസ് എടുക്കണം.'), doc('b', 'ശമ്പളം', 'തൊഴിലുടമയുടെ ഉത്തരവാദിത്തം.')],
      { locale: 'ml', localeTag: 'ml-IN' },
    );
    expect(malayalam.search('തൊഴിലുടമ').hits.map((hit) => hit.id).sort()).toEqual(['a', 'b']);
    const hit = malayalam.search('എടുക്കണം').hits[0] as SearchHit;
    expect(marked(hit.snippet)).toEqual(['എടുക്കണം']);
  });

  it('finds Arabic words whole', () => {
    const arabic = createSearchIndex(
      [doc('a', 'الحد الأدنى للأجور', 'يجب على صاحب العمل أن يدفع الحد الأدنى للأجور.'), doc('b', 'التأمين', 'تأمين مسؤولية صاحب المنزل.')],
      { locale: 'ar', localeTag: 'ar' },
    );
    expect(arabic.search('العمل').hits.map((hit) => hit.id)).toEqual(['a']);
    expect(arabic.search('صاحب').hits.map((hit) => hit.id).sort()).toEqual(['a', 'b']);
  });
});

describe('building the index in steps', () => {
  it('reports progress up to the end and answers like the index built in one go', async () => {
    const progress: number[] = [];
    const stepped = await buildSearchIndexInSteps(docs, { locale: 'en', localeTag: 'en-GB' }, (share) => progress.push(share), 3);
    expect(progress.length).toBe(Math.ceil(docs.length / 3));
    expect(progress.at(-1)).toBe(1);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    for (const query of ['insurance', 'holliday', 'sleep-in', 'insurance timesheet']) {
      expect(stepped.search(query)).toEqual(index.search(query));
    }
  });
});
