/**
 * Highlighted snippets as data (`{ text, match }` parts), never HTML: the page renders the matched
 * parts in <mark> elements, so no content string is ever parsed as markup.
 */
import { analyseText, hyphenChains, type AnalysedText } from './words';

export interface SnippetPart {
  text: string;
  match: boolean;
}

interface Range {
  start: number;
  end: number;
  form: string;
}

/** Where words whose match form is one of `terms` sit (hyphenated compounds included). */
function matchRanges(text: string, analysed: AnalysedText, terms: ReadonlySet<string>): Range[] {
  const { spans, forms } = analysed;
  if (terms.size === 0 || spans.length === 0) return [];
  const ranges: Range[] = [];
  const covered = new Set<number>();
  for (const [first, last] of hyphenChains(text, spans)) {
    const joined = forms.slice(first, last + 1).join('');
    if (!terms.has(joined)) continue;
    ranges.push({ start: spans[first]!.start, end: spans[last]!.end, form: joined });
    for (let i = first; i <= last; i++) covered.add(i);
  }
  spans.forEach((span, i) => {
    if (!covered.has(i) && terms.has(forms[i]!)) ranges.push({ start: span.start, end: span.end, form: forms[i]! });
  });
  return ranges.sort((a, b) => a.start - b.start);
}

const SPACE = /\s+/g;

/** Cuts text[from, to) into parts, marking the ranges and folding line breaks into spaces. */
function partsBetween(text: string, from: number, to: number, ranges: readonly Range[]): SnippetPart[] {
  const parts: SnippetPart[] = [];
  const push = (start: number, end: number, match: boolean) => {
    const piece = text.slice(start, end).replace(SPACE, ' ');
    const previous = parts[parts.length - 1];
    if (previous && !previous.match && !match) previous.text += piece;
    else parts.push({ text: piece, match });
  };
  let at = from;
  for (const range of ranges) {
    if (range.end <= at || range.start >= to) continue;
    const start = Math.max(range.start, at);
    if (start > at) push(at, start, false);
    const end = Math.min(range.end, to);
    push(start, end, true);
    at = end;
  }
  if (at < to) push(at, to, false);
  return parts;
}

/** The whole text, with the words whose match form is in `terms` marked (for titles). */
export function highlight(text: string, terms: ReadonlySet<string>, localeTag: string): SnippetPart[] {
  return partsBetween(text, 0, text.length, matchRanges(text, analyseText(text, localeTag), terms));
}

export interface SnippetOptions {
  /** Longest snippet, in characters, before the ellipses (default 200). */
  maxLength?: number;
  /** How much text to keep before the first match, so it reads in context (default 50). */
  lead?: number;
  /** The text already split by analyseText(), to save splitting it again. */
  analysed?: AnalysedText;
}

const ELLIPSIS = '…';

/** The match that starts the window showing the most different matched words. */
function bestAnchor(ranges: readonly Range[], length: number): Range | undefined {
  let best: Range | undefined;
  let bestCount = 0;
  for (let i = 0; i < ranges.length; i++) {
    const first = ranges[i]!;
    const seen = new Set<string>();
    for (let j = i; j < ranges.length && ranges[j]!.end - first.start <= length; j++) seen.add(ranges[j]!.form);
    if (seen.size > bestCount) {
      best = first;
      bestCount = seen.size;
    }
  }
  return best;
}

/**
 * A short extract of `text` around the matches, cut at word boundaries (never inside a letter
 * cluster), with "…" where text was left out and the matching words marked. Without matches in
 * the text (the title matched), the extract is the text's beginning.
 */
export function makeSnippet(text: string, terms: ReadonlySet<string>, localeTag: string, options: SnippetOptions = {}): SnippetPart[] {
  const maxLength = options.maxLength ?? 200;
  const lead = Math.min(options.lead ?? 50, maxLength);
  const analysed = options.analysed ?? analyseText(text, localeTag);
  const words = analysed.spans;
  if (words.length === 0) return text.trim() ? [{ text: text.trim().replace(SPACE, ' '), match: false }] : [];
  const firstWord = words[0]!;
  const textEnd = words[words.length - 1]!.end;
  const ranges = matchRanges(text, analysed, terms);
  const anchor = bestAnchor(ranges, maxLength - lead);
  let from = anchor ? Math.max(0, anchor.start - lead) : 0;
  let to = Math.min(text.length, from + maxLength);
  // Near the end, show a full-length extract rather than a short tail.
  if (to === text.length) from = Math.max(0, to - maxLength);
  // Start on the first word beginning inside the window; end on the last word ending inside it.
  if (from <= firstWord.start) from = 0;
  else from = words.find((word) => word.start >= from)?.start ?? from;
  if (to >= textEnd) {
    to = text.length;
  } else {
    let last = words.length - 1;
    while (last > 0 && (words[last]!.end > to || words[last]!.start < from)) last--;
    to = Math.max(words[last]!.end, from);
  }
  const parts = partsBetween(text, from, to, ranges);
  if (from > 0) parts.unshift({ text: ELLIPSIS, match: false });
  if (to < text.length) parts.push({ text: ELLIPSIS, match: false });
  return mergeText(parts);
}

function mergeText(parts: readonly SnippetPart[]): SnippetPart[] {
  const out: SnippetPart[] = [];
  for (const part of parts) {
    const previous = out[out.length - 1];
    if (previous && !previous.match && !part.match) previous.text += part.text;
    else out.push({ ...part });
  }
  return out;
}
