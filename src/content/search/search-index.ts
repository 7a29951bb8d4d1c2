/**
 * The full-text index for one locale, on MiniSearch. Words are split and folded by ./words for
 * every field and every query, so the index and the highlighter always agree.
 *
 * Matching: every word of the query must appear (prefix matches count, so "insur" finds
 * "insurance", and small misspellings are forgiven). When no page has all the words, pages with
 * any of them are returned instead, and the result says so.
 */
import MiniSearch, { type Query, type SearchResult } from 'minisearch';
import type { SearchDocument, SearchKind } from './documents';
import { highlight, makeSnippet, type SnippetPart } from './snippet';
import { analyseText, indexTerms, isStopWord, queryWords, type AnalysedText, type QueryWord } from './words';

export interface SearchHit {
  id: string;
  kind: SearchKind;
  href: string;
  title: SnippetPart[];
  context?: string;
  snippet: SnippetPart[];
  english: boolean;
  score: number;
}

export interface SearchResults {
  query: string;
  /** How many documents matched; `hits` holds the first `limit` of them. */
  total: number;
  hits: SearchHit[];
  /**
   * True when every word of the query was found in each hit. False when no page had them all
   * and the hits are pages with some of the words.
   */
  matchedAllWords: boolean;
}

export interface SearchOptions {
  /** Most hits to return, with snippets (default 20). */
  limit?: number;
}

export interface SearchIndex {
  readonly locale: string;
  readonly documentCount: number;
  search(query: string, options?: SearchOptions): SearchResults;
}

type Field = 'title' | 'keywords' | 'context' | 'text';
const FIELDS: Field[] = ['title', 'keywords', 'context', 'text'];
const BOOST: Record<Field, number> = { title: 3, keywords: 2, context: 1.5, text: 1 };
const NUMBER = /^[\p{N}.,]+$/u;
const LATIN = /\p{Script=Latin}/u;

const codePoints = (term: string) => [...term].length;

/** Prefix matching from two letters on; single letters would match almost every page. */
function prefixFor(term: string): boolean {
  return codePoints(term) >= 2;
}

/**
 * Typos forgiven in Latin-script words: one from five letters, two from nine. In other scripts
 * (Arabic and Urdu leave out short vowels, so one letter often makes another word; Malayalam
 * spends several code points on one syllable) only one, and only in long words. Numbers must
 * match exactly.
 */
function fuzzyFor(term: string): number | false {
  if (NUMBER.test(term)) return false;
  const length = codePoints(term);
  if (!LATIN.test(term)) return length >= 7 ? 1 : false;
  if (length >= 9) return 2;
  if (length >= 5) return 1;
  return false;
}

/**
 * One typed word. A word the stemmer shortened was typed in full ("died" → "di"), so it must match
 * its stem exactly, or exactly as typed ("paye" is PAYE, not just "pay"); a word it left alone may
 * be the start of a longer one ("insur"), so prefixes count.
 */
function termQuery(form: string, typed: string): Query {
  if (form === typed) return form;
  return { combineWith: 'OR', prefix: false, queries: [form, typed] };
}

function wordQuery(word: QueryWord): Query {
  if (word.joined === undefined) return termQuery(word.forms[0]!, word.typed[0]!);
  // "sleep-in": the compound written as one word (or its plural), or all of its parts as written.
  return { combineWith: 'OR', queries: [word.joined, { combineWith: 'AND', prefix: false, fuzzy: false, queries: word.forms }] };
}

/** Words to mark in a hit: everything matched except very common words, unless that is all. */
function termsToMark(terms: readonly string[], localeTag: string): Set<string> {
  const meaningful = terms.filter((term) => !isStopWord(term, localeTag));
  return new Set(meaningful.length > 0 ? meaningful : terms);
}

export interface IndexOptions {
  /** Locale code (`en`, `cy`). */
  locale: string;
  /** BCP 47 tag used to split and fold words (`en-GB`, `ml-IN`). */
  localeTag: string;
}

function newMiniSearch(analysed: ReadonlyMap<string, AnalysedText>, localeTag: string): MiniSearch<SearchDocument> {
  return new MiniSearch<SearchDocument>({
    fields: FIELDS,
    // Body text was split beforehand: hand MiniSearch the document id and look its terms up.
    extractField: (doc, field) => (field === 'text' ? doc.id : doc[field as Exclude<Field, 'text'>]),
    tokenize: (value, field) => (field === 'text' ? (analysed.get(value)?.terms ?? []) : indexTerms(value, localeTag)),
    processTerm: (term) => term,
    searchOptions: {
      // Queries arrive already split and folded by queryWords().
      tokenize: (text) => [text],
      processTerm: (term) => term,
      prefix: prefixFor,
      fuzzy: fuzzyFor,
      boost: BOOST,
    },
  });
}

function searchIndexOver(
  mini: MiniSearch<SearchDocument>, documents: readonly SearchDocument[], analysed: ReadonlyMap<string, AnalysedText>, options: IndexOptions,
): SearchIndex {
  const { localeTag } = options;
  const byId = new Map(documents.map((doc) => [doc.id, doc]));
  const toHit = (result: SearchResult): SearchHit | null => {
    const doc = byId.get(String(result.id));
    if (!doc) return null;
    const terms = termsToMark(result.terms, localeTag);
    const hit: SearchHit = {
      id: doc.id,
      kind: doc.kind,
      href: doc.href,
      title: highlight(doc.title, terms, localeTag),
      snippet: makeSnippet(doc.text, terms, localeTag, { analysed: analysed.get(doc.id) }),
      english: doc.english,
      score: result.score,
    };
    if (doc.context) hit.context = doc.context;
    return hit;
  };

  return {
    locale: options.locale,
    documentCount: documents.length,
    search(query, searchOptions = {}) {
      const limit = searchOptions.limit ?? 20;
      const words = queryWords(query, localeTag);
      if (words.length === 0) return { query, total: 0, hits: [], matchedAllWords: true };
      const queries = words.map(wordQuery);
      let results = mini.search({ combineWith: 'AND', queries });
      let matchedAllWords = true;
      if (results.length === 0 && words.length > 1) {
        results = mini.search({ combineWith: 'OR', queries });
        matchedAllWords = false;
      }
      const hits = results.slice(0, limit).map(toHit).filter((hit): hit is SearchHit => hit !== null);
      return { query, total: results.length, hits, matchedAllWords };
    },
  };
}

/** Builds the index in one go (scripts, tests). In the app, use buildSearchIndexInSteps. */
export function createSearchIndex(documents: readonly SearchDocument[], options: IndexOptions): SearchIndex {
  // Body text is split once and kept: the index takes its terms and snippets reuse its words.
  const analysed = new Map(documents.map((doc) => [doc.id, analyseText(doc.text, options.localeTag)]));
  const mini = newMiniSearch(analysed, options.localeTag);
  mini.addAll(documents);
  return searchIndexOver(mini, documents, analysed, options);
}

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Builds the same index a few documents at a time, giving the page a chance to paint and respond
 * between batches (word splitting is the slow part on a cheap phone), and reporting progress as
 * a share from 0 to 1.
 */
export async function buildSearchIndexInSteps(
  documents: readonly SearchDocument[], options: IndexOptions, onProgress?: (share: number) => void, batchSize = 25,
): Promise<SearchIndex> {
  const analysed = new Map<string, AnalysedText>();
  const mini = newMiniSearch(analysed, options.localeTag);
  for (let at = 0; at < documents.length; at += batchSize) {
    const batch = documents.slice(at, at + batchSize);
    for (const doc of batch) analysed.set(doc.id, analyseText(doc.text, options.localeTag));
    mini.addAll(batch);
    onProgress?.(Math.min(1, (at + batch.length) / documents.length));
    await nextTask();
  }
  return searchIndexOver(mini, documents, analysed, options);
}
