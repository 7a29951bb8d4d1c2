import { describe, expect, it } from 'vitest';
import { indexTerms, matchForm, queryWords, splitWords } from './words';

const words = (text: string, tag: string, segmenter = true) => splitWords(text, tag, { segmenter }).map((w) => w.text);

describe('splitting words in each script', () => {
  const malayalam = 'നിങ്ങളുടെ തൊഴിലുടമ ഇൻഷുറൻസ് എടുക്കണം.';
  const arabic = 'يجب على صاحب العمل أن يدفع الحد الأدنى للأجور.';
  const urdu = 'آپ کے آجر کو انشورنس لینا چاہیے۔';

  it('splits English at spaces and punctuation and keeps each word’s position', () => {
    const spans = splitWords('Holiday pay: 5.6 weeks.', 'en-GB');
    expect(spans.map((s) => s.text)).toContain('Holiday');
    for (const span of spans) expect('Holiday pay: 5.6 weeks.'.slice(span.start, span.end)).toBe(span.text);
  });

  it('drops the possessive after an apostrophe but keeps the word', () => {
    expect(words('The employer’s duty', 'en-GB')).toEqual(['The', 'employer', 'duty']);
    expect(words("The employer's duty", 'en-GB', false)).toEqual(['The', 'employer', 'duty']);
  });

  it('keeps Welsh letters with a circumflex inside their words', () => {
    expect(words('Mae gan ŵyr a chŷn hawl i’r isafswm cyflog.', 'cy-GB')).toEqual(['Mae', 'gan', 'ŵyr', 'a', 'chŷn', 'hawl', 'isafswm', 'cyflog']);
  });

  it.each([true, false])('keeps Malayalam words whole (segmenter: %s)', (segmenter) => {
    expect(words(malayalam, 'ml-IN', segmenter)).toEqual(['നിങ്ങളുടെ', 'തൊഴിലുടമ', 'ഇൻഷുറൻസ്', 'എടുക്കണം']);
  });

  it.each([true, false])('keeps Arabic words whole (segmenter: %s)', (segmenter) => {
    expect(words(arabic, 'ar', segmenter)).toEqual(['يجب', 'على', 'صاحب', 'العمل', 'أن', 'يدفع', 'الحد', 'الأدنى', 'للأجور']);
  });

  it.each([true, false])('keeps Urdu words whole (segmenter: %s)', (segmenter) => {
    expect(words(urdu, 'ur-PK', segmenter)).toEqual(['آپ', 'کے', 'آجر', 'کو', 'انشورنس', 'لینا', 'چاہیے']);
  });

  it('does not split a word at a zero-width non-joiner when falling back to the pattern', () => {
    expect(words('می\u200Cخواهم کار', 'fa', false)).toEqual(['می\u200Cخواهم', 'کار']);
  });
});

describe('the form a word is matched by', () => {
  it('lower-cases English and reduces it to its stem, but leaves abbreviations in capitals whole', () => {
    expect(matchForm('Insurance', 'en-GB')).toBe('insur');
    expect(matchForm('died', 'en-GB')).toBe(matchForm('dies', 'en-GB'));
    expect(matchForm('DBS', 'en-GB')).toBe('dbs');
    expect(matchForm('PAYE', 'en-GB')).toBe('paye');
  });

  it('does not stem other languages', () => {
    expect(matchForm('gwyliau', 'cy-GB')).toBe('gwyliau');
  });

  it('folds Welsh ŵ and ŷ so people can type them without accents', () => {
    expect(matchForm('Ŵyr', 'cy-GB')).toBe('wyr');
    expect(matchForm('chŷn', 'cy-GB')).toBe('chyn');
    expect(matchForm('gwyliau', 'cy-GB')).toBe('gwyliau');
  });

  it('folds Polish letters with a stroke or an ogonek', () => {
    expect(matchForm('Płaca', 'pl-PL')).toBe('placa');
    expect(matchForm('urlopową', 'pl-PL')).toBe('urlopowa');
  });

  it('keeps the vowel signs and viramas of Malayalam', () => {
    const word = 'തൊഴിലുടമ';
    expect(matchForm(word, 'ml-IN')).toBe(word.normalize('NFC'));
    expect(matchForm(word, 'ml-IN')).not.toBe(word.normalize('NFD').replace(/\p{M}/gu, ''));
  });

  it('treats the old and new ways of writing a Malayalam chillu as the same word', () => {
    const atomic = 'ഇൻഷുറൻസ്'; // U+0D7B chillu n
    const joined = 'ഇന്\u200Dഷുറന്\u200Dസ്'; // n + virama + ZWJ
    expect(matchForm(joined, 'ml-IN')).toBe(matchForm(atomic, 'ml-IN'));
  });

  it('keeps Arabic vowel marks, which belong to the word', () => {
    expect(matchForm('مُعَلِّم', 'ar')).toBe('مُعَلِّم'.normalize('NFC'));
    expect(matchForm('مُعَلِّم', 'ar')).not.toBe('معلم');
  });

  it('ignores the Arabic tatweel, which only stretches a word', () => {
    expect(matchForm('العـــمل', 'ar')).toBe('العمل');
  });
});

describe('index terms and query words', () => {
  it('indexes a hyphenated compound both as parts and as one word', () => {
    expect(indexTerms('A sleep-in shift', 'en-GB')).toEqual(expect.arrayContaining(['sleep', 'in', 'sleepin']));
  });

  it('drops common English words from a query when other words are left', () => {
    expect(queryWords('Do I need insurance?', 'en-GB')).toEqual([{ forms: ['need'], typed: ['need'] }, { forms: ['insur'], typed: ['insurance'] }]);
  });

  it('keeps a common word when it is the whole query', () => {
    expect(queryWords('the', 'en-GB')).toEqual([{ forms: ['the'], typed: ['the'] }]);
  });

  it('keeps a hyphenated query word together with its joined form', () => {
    expect(queryWords('sleep-ins pay', 'en-GB')).toEqual([
      { forms: ['sleep', 'in'], typed: ['sleep', 'ins'], joined: 'sleepin' },
      { forms: ['pay'], typed: ['pay'] },
    ]);
  });

  it('drops common Welsh words but never "pa"', () => {
    expect(queryWords('sut mae tâl gwyliau', 'cy-GB').map((w) => w.forms[0])).toEqual(['tal', 'gwyliau']);
    expect(queryWords('pa yswiriant', 'cy-GB').map((w) => w.forms[0])).toEqual(['pa', 'yswiriant']);
  });
});
