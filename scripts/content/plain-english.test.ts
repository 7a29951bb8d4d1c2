import { describe, expect, it } from 'vitest';
import type { Block, Guide, Inline } from '../../src/content/model';
import { formatRate } from '../../src/content/format-rate';
import { fixtureGuides, fixtureIndex } from '../../src/content/search/testing/fixture';
import {
  checkPlainEnglish, countWords, formatPlainEnglishReport, plainEnglishFailures, splitSentences, type PlainEnglishContent,
} from './plain-english';

const text = (v: string): Inline => ({ t: 'text', v });
const paragraph = (...c: Inline[]): Block => ({ t: 'p', c });

function contentWith(blocks: Block[], extra: Partial<PlainEnglishContent> = {}): PlainEnglishContent {
  const guide: Guide = { ...fixtureGuides[1]!, id: 'sample', summary: 'A short summary.', blocks: [{ t: 'h', level: 2, id: 'part', c: [text('Part')] }, ...blocks] };
  return { locale: 'en', guides: [guide], checklists: [], templates: [], easyRead: [], glossary: fixtureIndex.glossary, ...extra };
}

const check = (content: PlainEnglishContent, technicalTerms?: string[]) =>
  checkPlainEnglish(content, { localeTag: 'en-GB', date: '2026-06-01', technicalTerms });

const longSentence =
  'If your personal assistant is hurt at work because of something you did or did not do, they can claim compensation from you and your insurer will pay it.';

describe('splitting sentences', () => {
  it('splits at full stops, question marks and exclamation marks', () => {
    expect(splitSentences('Get insurance. Do you need it? Yes!')).toEqual(['Get insurance.', 'Do you need it?', 'Yes!']);
  });

  it('does not split after e.g., i.e. or initials', () => {
    expect(splitSentences('Count travel, e.g. between visits. Count training, i.e. any course. Ask J. Smith.')).toEqual([
      'Count travel, e.g. between visits.',
      'Count training, i.e. any course.',
      'Ask J. Smith.',
    ]);
  });

  it('does not split inside money, decimals or web addresses', () => {
    expect(splitSentences('The rate is £12.71 an hour. Holiday is 5.6 weeks. See gov.uk for more.')).toEqual([
      'The rate is £12.71 an hour.',
      'Holiday is 5.6 weeks.',
      'See gov.uk for more.',
    ]);
  });

  it('splits before a sentence that starts with a lower-case name', () => {
    expect(splitSentences('Holiday builds up from day one. nibusinessinfo explains how.')).toHaveLength(2);
  });

  it('ends a sentence at "etc." only when a capital letter follows', () => {
    expect(splitSentences('Bring gloves, aprons etc. Then start.')).toHaveLength(2);
    expect(splitSentences('Bring gloves, aprons etc. to every shift.')).toHaveLength(1);
  });

  it('treats line breaks as the end of a sentence', () => {
    expect(splitSentences('Your name\nYour address')).toEqual(['Your name', 'Your address']);
  });

  it('counts money and figures as one word each', () => {
    expect(countWords('You must get £12.71 – at least – for 5.6 weeks.')).toBe(9);
  });
});

describe('the plain English report', () => {
  it('reports a sentence over 25 words with its file, place and start', () => {
    const report = check(contentWith([paragraph(text(`Short one. ${longSentence}`))]));
    expect(countWords(longSentence)).toBe(29);
    expect(report.longSentences).toEqual([
      { file: 'content/en/guides/sample.md', where: 'part', words: 29, start: 'If your personal assistant is hurt at work because of …' },
    ]);
    expect(plainEnglishFailures(report)).toEqual([expect.stringMatching(/1 sentence\(s\) have more than 25 words/)]);
  });

  it('passes content with short sentences', () => {
    const report = check(contentWith([paragraph(text('Get insurance. It pays if your PA is hurt.'))]));
    expect(report.longSentences).toEqual([]);
    expect(plainEnglishFailures(report)).toEqual([]);
  });

  it('counts a rate placeholder as the one word it shows, not the sentence it might break', () => {
    const figure = formatRate('nmw.21_and_over', 'en-GB', '2026-06-01')!;
    expect(figure).toMatch(/\./);
    const report = check(contentWith([paragraph(text('You must be paid at least '), { t: 'rate', key: 'nmw.21_and_over' }, text(' an hour. Ask if not.'))]));
    // The summary (3 words), "You must be paid at least £… an hour." (9) and "Ask if not." (3).
    expect(report.guides[0]).toMatchObject({ id: 'sample', sentences: 3, words: 3 + 9 + 3 });
  });

  it('works out the average sentence length per guide and overall', () => {
    const content = contentWith([paragraph(text('One two three four. One two.'))], {
      checklists: [{ ...fixtureIndex.checklists[0]!, summary: 'One two three four five six.' }],
    });
    const report = check(content);
    // Guide: summary (3 words) + 4 + 2 → 9 words in 3 sentences.
    expect(report.guides).toEqual([{ id: 'sample', file: 'content/en/guides/sample.md', sentences: 3, words: 9, average: 3 }]);
    expect(report.overall.sentences).toBeGreaterThan(3);
    expect(report.overall.average).toBeGreaterThan(3);
  });

  it('fails when the average sentence is over 20 words', () => {
    const twentyFour = `${'word '.repeat(23)}end. `;
    // The 3-word summary and five 24-word sentences: 123 words in 6 sentences, none over 25.
    const report = check(contentWith([paragraph(text(twentyFour.repeat(5)))], { glossary: [] }));
    expect(report.longSentences).toEqual([]);
    expect(report.overall.average).toBe(20.5);
    expect(plainEnglishFailures(report)).toEqual([expect.stringMatching(/average sentence is \d+(\.\d)? words/)]);
  });

  it('checks table cells for long sentences but leaves bare figures out of the averages', () => {
    const table: Block = { t: 'table', head: [[text('Age')], [text('Rate')]], rows: [[[text('21')], [{ t: 'rate', key: 'nmw.21_and_over' }]]] };
    const report = check(contentWith([paragraph(text('One two three.')), table]));
    expect(report.guides[0]).toMatchObject({ sentences: 2, words: 6 });
  });

  it('reports technical abbreviations and phrases that the glossary does not explain', () => {
    const report = check(
      contentWith([paragraph(text('Ask for a DBS check and a P60. Check the pay reference period. The NHS can help.'))]),
      ['pay reference period', 'sleep-in'],
    );
    expect(report.unknownTerms.map((term) => term.term)).toEqual(['DBS', 'P60', 'pay reference period']);
    expect(report.unknownTerms[0]).toEqual({ term: 'DBS', count: 1, places: ['content/en/guides/sample.md#part'] });
  });

  it('does not report terms the glossary explains, by term, alias or link', () => {
    const glossary = [
      ...fixtureIndex.glossary,
      { id: 'dbs', term: 'DBS', aliases: [], definition: [text('The Disclosure and Barring Service.')] },
      { id: 'prp', term: 'Pay reference period', aliases: [], definition: [text('The time each payment covers.')] },
    ];
    const report = check(
      contentWith(
        [paragraph(text('Ask for a DBS check. Each pay reference period counts. A '), { t: 'term', id: 'rtw', c: [text('RTW check')] }, text(' too. Sleep-ins count.'))],
        { glossary },
      ),
      ['pay reference period', 'sleep-in'],
    );
    expect(report.unknownTerms).toEqual([]);
  });

  it('prints a readable report', () => {
    const output = formatPlainEnglishReport(check(contentWith([paragraph(text(longSentence))])));
    expect(output).toContain('Sentences over 25 words: 1');
    expect(output).toContain('content/en/guides/sample.md#part (29 words): If your personal assistant');
  });

  it('checks only the pages a translation has translated', () => {
    const welsh = contentWith([paragraph(text(longSentence))], { locale: 'cy' });
    welsh.guides = welsh.guides.map((guide) => ({ ...guide, translation: 'missing' }));
    expect(checkPlainEnglish(welsh, { localeTag: 'cy-GB' }).longSentences).toEqual([]);
  });
});
