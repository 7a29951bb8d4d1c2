import { describe, expect, it } from 'vitest';
import { highlight, makeSnippet, type SnippetPart } from './snippet';
import { matchForm } from './words';

const join = (parts: readonly SnippetPart[]) => parts.map((p) => p.text).join('');
const marked = (parts: readonly SnippetPart[]) => parts.filter((p) => p.match).map((p) => p.text);
/** The words as the index holds them (English ones stemmed). */
const terms = (localeTag: string, ...words: string[]) => new Set(words.map((word) => matchForm(word, localeTag)));

const longText = [
  'Every employer must follow the rules on working time.',
  'Breaks matter too, and the contract should say when they are taken.',
  'If your PA is injured at work, write down what happened and tell your insurer the same day.',
  'Keep the accident book somewhere safe, and show your PA where it is.',
  'Ask your council for advice if you are unsure.',
].join('\n');

describe('snippets', () => {
  it('shows a short text whole, with the matching words marked', () => {
    expect(makeSnippet('Get insurance. It pays if your PA gets hurt.', terms('en-GB', 'insurance', 'hurt'), 'en-GB')).toEqual([
      { text: 'Get ', match: false },
      { text: 'insurance', match: true },
      { text: '. It pays if your PA gets ', match: false },
      { text: 'hurt', match: true },
      { text: '.', match: false },
    ]);
  });

  it('cuts a long text around the match, at whole words, with ellipses where text was left out', () => {
    const parts = makeSnippet(longText, terms('en-GB', 'injured'), 'en-GB', { maxLength: 80, lead: 20 });
    const text = join(parts);
    expect(text.startsWith('…')).toBe(true);
    expect(text.endsWith('…')).toBe(true);
    expect(text.length).toBeLessThanOrEqual(82);
    expect(marked(parts)).toEqual(['injured']);
    const inner = text.slice(1, -1);
    expect(longText.replace(/\n/g, ' ')).toContain(inner);
    // Whole words only: the extract starts and ends at a word boundary of the original.
    const at = longText.replace(/\n/g, ' ').indexOf(inner);
    expect(longText[at - 1]).toMatch(/\s/);
    expect(longText[at + inner.length] ?? ' ').toMatch(/[\s.,]/);
  });

  it('prefers the passage with the most different matching words', () => {
    const parts = makeSnippet(longText, terms('en-GB', 'pa', 'accident', 'book', 'employer'), 'en-GB', { maxLength: 90, lead: 10 });
    expect(marked(parts)).toEqual(expect.arrayContaining(['accident', 'book', 'PA']));
  });

  it('starts at the beginning when only the title matched', () => {
    const parts = makeSnippet(longText, terms('en-GB', 'holiday'), 'en-GB', { maxLength: 60 });
    expect(join(parts)).toBe('Every employer must follow the rules on working time. Breaks…');
    expect(marked(parts)).toEqual([]);
  });

  it('turns line breaks into spaces', () => {
    expect(join(makeSnippet('One.\nTwo.', terms('en-GB', 'two'), 'en-GB'))).toBe('One. Two.');
  });

  it('marks a hyphenated compound matched as one word', () => {
    expect(highlight('Paying for a sleep-in shift', terms('en-GB', 'sleepin'), 'en-GB')).toEqual([
      { text: 'Paying for a ', match: false },
      { text: 'sleep-in', match: true },
      { text: ' shift', match: false },
    ]);
  });

  it('never cuts through a Malayalam letter cluster', () => {
    const malayalam = 'നിങ്ങളുടെ തൊഴിലുടമ ഇൻഷുറൻസ് എടുക്കണം. '.repeat(8).trim();
    const parts = makeSnippet(malayalam, terms('ml-IN', 'ഇൻഷുറൻസ്'), 'ml-IN', { maxLength: 60, lead: 15 });
    const inner = join(parts).replace(/^…|…$/g, '');
    const words = new Set(['നിങ്ങളുടെ', 'തൊഴിലുടമ', 'ഇൻഷുറൻസ്', 'എടുക്കണം']);
    for (const word of inner.replace(/[.]/g, '').split(' ').filter(Boolean)) expect(words).toContain(word);
    expect(marked(parts).every((w) => w === 'ഇൻഷുറൻസ്')).toBe(true);
  });

  it('marks Arabic words as written in right-to-left text', () => {
    const parts = highlight('يجب على صاحب العمل أن يدفع', terms('ar', 'العمل'), 'ar');
    expect(parts).toEqual([
      { text: 'يجب على صاحب ', match: false },
      { text: 'العمل', match: true },
      { text: ' أن يدفع', match: false },
    ]);
  });
});
