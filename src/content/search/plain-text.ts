/**
 * Compiled content as plain text, the way a reader sees it: rate placeholders become today's
 * figures in the reader's format, glossary terms become their words, links become their text.
 * Used by search and by the plain-English check, so both read exactly what the page shows.
 */
import { formatRate } from '../format-rate';
import type { Block, GlossaryTerm, Inline } from '../model';

export interface PlainTextSettings {
  localeTag: string;
  /** Glossary terms by id, for [[term]] placeholders that show the term's own word. */
  glossary: ReadonlyMap<string, Pick<GlossaryTerm, 'term'>>;
  /** The day rates are resolved for; today when left out. */
  date?: string;
  /** Leave out words that are glossary links (the plain-English check counts them as explained). */
  skipTerms?: boolean;
}

export function inlineText(nodes: readonly Inline[], settings: PlainTextSettings): string {
  let out = '';
  for (const node of nodes) {
    switch (node.t) {
      case 'text':
      case 'code':
        out += node.v;
        break;
      case 'br':
        out += '\n';
        break;
      case 'rate':
        out += formatRate(node.key, settings.localeTag, settings.date) ?? '';
        break;
      case 'term':
        if (settings.skipTerms) out += ' ';
        else out += node.c.length ? inlineText(node.c, settings) : (settings.glossary.get(node.id)?.term ?? node.id);
        break;
      case 'strong':
      case 'em':
      case 'link':
        out += inlineText(node.c, settings);
        break;
    }
  }
  return out;
}

/** The text of blocks, one string per paragraph, list item, table cell or heading. */
export function blockTexts(blocks: readonly Block[], settings: PlainTextSettings): string[] {
  const out: string[] = [];
  for (const block of blocks) {
    switch (block.t) {
      case 'p':
      case 'h':
        out.push(inlineText(block.c, settings));
        break;
      case 'list':
        for (const item of block.items) out.push(...blockTexts(item, settings));
        break;
      case 'table':
        for (const cell of block.head) out.push(inlineText(cell, settings));
        for (const row of block.rows) for (const cell of row) out.push(inlineText(cell, settings));
        break;
      case 'only':
      case 'callout':
        out.push(...blockTexts(block.c, settings));
        break;
    }
  }
  return out;
}

export function glossaryById(terms: readonly GlossaryTerm[]): Map<string, GlossaryTerm> {
  return new Map(terms.map((term) => [term.id, term]));
}
