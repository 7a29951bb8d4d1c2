/**
 * Word splitting and the "match form" of a word, per script. The index, the query and the snippet
 * highlighter all use these functions, so a word is found and marked the same way everywhere.
 *
 * - Words come from Intl.Segmenter, which knows where words end in every script we ship (it keeps
 *   Malayalam conjuncts, Arabic and Urdu words whole). Without it, a Unicode-aware pattern.
 * - Apostrophes split a word ("employer’s" → "employer"), so possessives and the Welsh "i’r" do
 *   not hide the word they are attached to; a one-letter piece left over is dropped.
 * - Diacritics are folded only in Latin-script words (Welsh ŵ → w, Polish ą → a), because people
 *   type them without accents. In Malayalam, Arabic and Urdu the marks are part of the letter.
 * - English words are stemmed, so a search for "died" finds "dies".
 */
import { porterStem } from './english-stem';

export interface WordSpan {
  /** Offset of the first character in the source text. */
  start: number;
  /** Offset just after the last character. */
  end: number;
  text: string;
}

// Letters, digits and marks (any script), plus ZWJ and ZWNJ, which sit
// inside Malayalam, Persian and Urdu words, and apostrophes between letters (handled below).
const FALLBACK_WORD = /[\p{L}\p{N}\p{M}\u200C\u200D]+(?:['’ʼ][\p{L}\p{N}\p{M}\u200C\u200D]+)*/gu;
const APOSTROPHE = /['’ʼ]/u;
const APOSTROPHE_FREE_PART = /[^'’ʼ]+/gu;
const HAS_DIGIT = /\p{N}/u;
const LATIN = /\p{Script=Latin}/u;
const NON_LATIN_LETTER = /(?!\p{Script=Latin})\p{L}/u;
const COMBINING_MARKS = /\p{M}/gu;
// Invisible joiners and the Arabic tatweel only change how a word is drawn, never what it says.
const INVISIBLE = /\u200C|\u200D|\u0640|\u00AD/gu;
// Malayalam writes final consonants either as an atomic chillu letter or as consonant + virama +
// ZWJ (older keyboards). Both spell the same word, so both become consonant + virama.
const CHILLU: Record<string, string> = {
  '\u0D7A': '\u0D23\u0D4D',
  '\u0D7B': '\u0D28\u0D4D',
  '\u0D7C': '\u0D30\u0D4D',
  '\u0D7D': '\u0D32\u0D4D',
  '\u0D7E': '\u0D33\u0D4D',
  '\u0D7F': '\u0D15\u0D4D',
};
const CHILLU_PATTERN = /[\u0D7A-\u0D7F]/gu;
// Latin letters that carry a stroke rather than a combining mark, so NFD leaves them alone.
const LATIN_STROKES: Record<string, string> = { 'ł': 'l', 'đ': 'd', 'ø': 'o', 'ħ': 'h', 'ŧ': 't' };
const LATIN_STROKE_PATTERN = /[łđøħŧ]/gu;
const HYPHENS = new Set(['-', '\u2010', '\u2011']);

const segmenters = new Map<string, Intl.Segmenter | null>();

function segmenterFor(localeTag: string): Intl.Segmenter | null {
  if (!segmenters.has(localeTag)) {
    const available = typeof Intl !== 'undefined' && typeof Intl.Segmenter === 'function';
    segmenters.set(localeTag, available ? new Intl.Segmenter(localeTag, { granularity: 'word' }) : null);
  }
  return segmenters.get(localeTag) ?? null;
}

function pushWord(out: WordSpan[], word: string, start: number): void {
  if (!APOSTROPHE.test(word)) {
    out.push({ start, end: start + word.length, text: word });
    return;
  }
  for (const match of word.matchAll(APOSTROPHE_FREE_PART)) {
    const part = match[0];
    if ([...part].length < 2 && !HAS_DIGIT.test(part)) continue;
    const partStart = start + match.index;
    out.push({ start: partStart, end: partStart + part.length, text: part });
  }
}

export interface SplitOptions {
  /** Use Intl.Segmenter when the browser has it (default). Tests turn it off to check the fallback. */
  segmenter?: boolean;
}

/** The words of `text`, with their positions, split the way the language expects. */
export function splitWords(text: string, localeTag: string, options: SplitOptions = {}): WordSpan[] {
  const out: WordSpan[] = [];
  const segmenter = options.segmenter === false ? null : segmenterFor(localeTag);
  if (segmenter) {
    for (const segment of segmenter.segment(text)) {
      if (segment.isWordLike) pushWord(out, segment.segment, segment.index);
    }
    return out;
  }
  for (const match of text.matchAll(FALLBACK_WORD)) pushWord(out, match[0], match.index);
  return out;
}

function isLatinWord(word: string): boolean {
  return LATIN.test(word) && !NON_LATIN_LETTER.test(word);
}

const languageOf = (localeTag: string) => localeTag.toLowerCase().split('-')[0] ?? '';

/** Lower case, joiners removed, Latin accents folded: how a word is compared, before stemming. */
export function foldWord(word: string, localeTag: string): string {
  let form = word.normalize('NFC').toLocaleLowerCase(localeTag);
  form = form.replace(CHILLU_PATTERN, (letter) => CHILLU[letter] ?? letter).replace(INVISIBLE, '');
  if (isLatinWord(form)) {
    form = form.normalize('NFD').replace(COMBINING_MARKS, '').replace(LATIN_STROKE_PATTERN, (letter) => LATIN_STROKES[letter] ?? letter);
  }
  return form.normalize('NFC');
}

/**
 * The form a word is indexed and matched by: folded, and in English reduced to its stem ("dies"
 * and "died" → "di"). Abbreviations written in capitals ("PAYE", "DBS") are never stemmed.
 */
export function matchForm(word: string, localeTag: string): string {
  // A language has a few thousand distinct words: work each out once.
  let cache = formCache.get(localeTag);
  if (!cache) {
    cache = new Map();
    formCache.set(localeTag, cache);
  }
  let form = cache.get(word);
  if (form === undefined) {
    const folded = foldWord(word, localeTag);
    form = languageOf(localeTag) === 'en' && word !== word.toUpperCase() ? porterStem(folded) : folded;
    cache.set(word, form);
  }
  return form;
}

const formCache = new Map<string, Map<string, string>>();

/** Runs of words joined only by hyphens ("sleep-in", "auto-enrolment"), as [first, last] indexes. */
export function hyphenChains(text: string, spans: readonly WordSpan[]): [number, number][] {
  const chains: [number, number][] = [];
  let first = 0;
  for (let i = 1; i <= spans.length; i++) {
    const previous = spans[i - 1]!;
    const current = spans[i];
    const joined = current !== undefined && current.start === previous.end + 1 && HYPHENS.has(text[previous.end]!);
    if (!joined) {
      if (i - 1 > first) chains.push([first, i - 1]);
      first = i;
    }
  }
  return chains;
}

/** A text split once, for both indexing and snippets: its words, their match forms and index terms. */
export interface AnalysedText {
  spans: WordSpan[];
  forms: string[];
  /** Each word's form plus each hyphenated compound written as one word. */
  terms: string[];
}

export function analyseText(text: string, localeTag: string): AnalysedText {
  const spans = splitWords(text, localeTag);
  const forms = spans.map((span) => matchForm(span.text, localeTag));
  const terms = [...forms];
  for (const [first, last] of hyphenChains(text, spans)) terms.push(forms.slice(first, last + 1).join(''));
  return { spans, forms, terms: terms.filter((term) => term.length > 0) };
}

/**
 * The terms a text is indexed by: each word's match form, plus each hyphenated compound written
 * as one word, so "sleep-in", "sleep in" and "sleepin" all find it.
 */
export function indexTerms(text: string, localeTag: string): string[] {
  return analyseText(text, localeTag).terms;
}

/**
 * One word of a query. `forms` are match forms (stems in English); `typed` the same words only
 * folded, as typed. A hyphenated word keeps its parts and its joined form.
 */
export interface QueryWord {
  forms: string[];
  typed: string[];
  joined?: string;
}

// Words so common that requiring them would hide good results ("do I need insurance").
// Only dropped when the query has other words. "pa" is left out of the Welsh list on purpose.
const STOP_WORDS: Record<string, ReadonlySet<string>> = {
  en: new Set([
    'a', 'about', 'am', 'an', 'and', 'are', 'as', 'at', 'be', 'by', 'can', 'could', 'did', 'do', 'does', 'for', 'from',
    'have', 'has', 'how', 'i', 'if', 'in', 'into', 'is', 'it', 'its', 'me', 'my', 'of', 'on', 'or', 'should', 'so',
    'that', 'the', 'there', 'this', 'to', 'was', 'what', 'when', 'where', 'which', 'who', 'why', 'will', 'with',
    'would', 'you', 'your',
  ]),
  cy: new Set([
    'a', 'ac', 'am', 'ar', 'at', 'beth', 'ei', 'eich', 'fy', 'gan', 'gyda', 'i', 'mae', 'neu', 'o', 'oes', 'os', 'sut',
    'y', 'ydw', 'ydy', 'yn', 'yr',
  ]),
};

const stopForms = new Map<string, ReadonlySet<string>>();

/** The language's common words in match form (stemmed where the language is). */
function stopWordsFor(localeTag: string): ReadonlySet<string> {
  let forms = stopForms.get(localeTag);
  if (!forms) {
    forms = new Set([...(STOP_WORDS[languageOf(localeTag)] ?? [])].map((word) => matchForm(word, localeTag)));
    stopForms.set(localeTag, forms);
  }
  return forms;
}

/** Whether a match form is one of the language's very common words (never worth highlighting). */
export function isStopWord(form: string, localeTag: string): boolean {
  return stopWordsFor(localeTag).has(form);
}

/** Splits a query into words to look for, dropping common words unless nothing else is left. */
export function queryWords(query: string, localeTag: string): QueryWord[] {
  const spans = splitWords(query, localeTag);
  const forms = spans.map((span) => matchForm(span.text, localeTag));
  const typed = spans.map((span) => foldWord(span.text, localeTag));
  const single = (i: number): QueryWord => ({ forms: [forms[i]!], typed: [typed[i]!] });
  const words: QueryWord[] = [];
  let i = 0;
  for (const [first, last] of hyphenChains(query, spans)) {
    for (; i < first; i++) words.push(single(i));
    const parts = forms.slice(first, last + 1);
    words.push({ forms: parts, typed: typed.slice(first, last + 1), joined: parts.join('') });
    i = last + 1;
  }
  for (; i < forms.length; i++) words.push(single(i));
  const kept = words.filter((word) => word.forms.every((form) => form.length > 0));
  const stop = stopWordsFor(localeTag);
  const meaningful = kept.filter((word) => word.joined !== undefined || !stop.has(word.forms[0]!));
  return meaningful.length > 0 ? meaningful : kept;
}
