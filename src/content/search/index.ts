/** Offline full-text search over a locale's content: pure, React-free, usable in Node scripts. */
export { buildSearchDocuments, searchHref, SEARCH_KINDS, type DocumentOptions, type SearchDocument, type SearchKind } from './documents';
export { buildSearchIndexInSteps, createSearchIndex, type IndexOptions, type SearchHit, type SearchIndex, type SearchOptions, type SearchResults } from './search-index';
export { highlight, makeSnippet, type SnippetPart } from './snippet';
export { analyseText, foldWord, indexTerms, isStopWord, matchForm, queryWords, splitWords, type AnalysedText, type QueryWord, type WordSpan } from './words';
export { blockTexts, glossaryById, inlineText, type PlainTextSettings } from './plain-text';
