/**
 * Turns a locale's compiled content into search documents: plain text with a title, the kind of
 * page and the address a hit links to. Guides become one document for the page (title, summary,
 * opening text) and one per `##` section, so a hit can link straight to `#section`.
 */
import type { Block, Guide, LocaleIndex, TranslationState } from '../model';
import { blockTexts, glossaryById, inlineText, type PlainTextSettings } from './plain-text';

export const SEARCH_KINDS = ['guide', 'checklist', 'template', 'easy-read', 'glossary'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

export interface SearchDocument {
  /** Unique within the index, e.g. `guide:minimum-wage#travel-time`. */
  id: string;
  kind: SearchKind;
  title: string;
  /** For a guide section: the guide's title. */
  context?: string;
  /** Other words the page is known by (glossary aliases). */
  keywords: string;
  text: string;
  /** Where a hit opens, e.g. `/en/guides/minimum-wage#travel-time`. */
  href: string;
  /** Shown in English because this locale has no translation of it yet. */
  english: boolean;
}

/** Addresses of pages in the app, in one place so the search links match the routes. */
export const searchHref = {
  guide: (locale: string, id: string, section?: string) => `/${locale}/guides/${id}${section ? `#${section}` : ''}`,
  checklist: (locale: string, id: string) => `/${locale}/checklists/${id}`,
  template: (locale: string, id: string) => `/${locale}/templates/${id}`,
  easyRead: (locale: string, id: string) => `/${locale}/easy-read/${id}`,
  glossary: (locale: string, id: string) => `/${locale}/glossary#${id}`,
};

export interface DocumentOptions {
  /** BCP 47 tag used to format rates (`en-GB`, `cy-GB`). */
  localeTag: string;
  /** The day rate placeholders are resolved for; today when left out. */
  date?: string;
}

const joinText = (parts: readonly string[]) => parts.map((part) => part.trim()).filter(Boolean).join('\n');
const isEnglishFallback = (locale: string, translation: TranslationState) => locale !== 'en' && translation === 'missing';

interface SectionText {
  id: string | null;
  title: string;
  parts: string[];
}

/** Splits a guide body at its `##` headings (which may sit inside `:::only` or callout blocks). */
function guideSections(blocks: readonly Block[], settings: PlainTextSettings): SectionText[] {
  const sections: SectionText[] = [{ id: null, title: '', parts: [] }];
  const walk = (list: readonly Block[]) => {
    for (const block of list) {
      if (block.t === 'h' && block.level === 2 && block.id) {
        sections.push({ id: block.id, title: inlineText(block.c, settings).trim(), parts: [] });
      } else if (block.t === 'only' || block.t === 'callout') {
        walk(block.c);
      } else {
        sections[sections.length - 1]!.parts.push(...blockTexts([block], settings));
      }
    }
  };
  walk(blocks);
  return sections;
}

function guideDocuments(locale: string, guide: Guide, settings: PlainTextSettings): SearchDocument[] {
  const english = isEnglishFallback(locale, guide.translation);
  const [opening, ...sections] = guideSections(guide.blocks, settings);
  const docs: SearchDocument[] = [
    {
      id: `guide:${guide.id}`,
      kind: 'guide',
      title: guide.title,
      keywords: '',
      text: joinText([guide.summary, ...(opening?.parts ?? [])]),
      href: searchHref.guide(locale, guide.id),
      english,
    },
  ];
  for (const section of sections) {
    docs.push({
      id: `guide:${guide.id}#${section.id}`,
      kind: 'guide',
      title: section.title,
      context: guide.title,
      keywords: '',
      text: joinText(section.parts),
      href: searchHref.guide(locale, guide.id, section.id ?? undefined),
      english,
    });
  }
  return docs;
}

/** Every search document for a locale. `guides` are the full guide bodies of `index.guides`. */
export function buildSearchDocuments(index: LocaleIndex, guides: readonly Guide[], options: DocumentOptions): SearchDocument[] {
  const settings: PlainTextSettings = { localeTag: options.localeTag, glossary: glossaryById(index.glossary), date: options.date };
  const text = (nodes: Parameters<typeof inlineText>[0] | undefined) => (nodes ? inlineText(nodes, settings) : '');
  const locale = index.locale;
  const docs: SearchDocument[] = guides.flatMap((guide) => guideDocuments(locale, guide, settings));

  for (const checklist of index.checklists) {
    docs.push({
      id: `checklist:${checklist.id}`,
      kind: 'checklist',
      title: checklist.title,
      keywords: '',
      text: joinText([checklist.summary, ...checklist.items.flatMap((item) => [text(item.action), text(item.why), text(item.how)])]),
      href: searchHref.checklist(locale, checklist.id),
      english: isEnglishFallback(locale, checklist.translation),
    });
  }
  for (const template of index.templates) {
    docs.push({
      id: `template:${template.id}`,
      kind: 'template',
      title: template.title,
      keywords: '',
      text: joinText([
        template.summary,
        ...template.sections.flatMap((section) => [
          section.heading,
          text(section.intro),
          ...section.fields.flatMap((field) => [field.label, text(field.hint)]),
        ]),
      ]),
      href: searchHref.template(locale, template.id),
      english: isEnglishFallback(locale, template.translation),
    });
  }
  for (const page of index.easyRead) {
    docs.push({
      id: `easy-read:${page.id}`,
      kind: 'easy-read',
      title: page.title,
      keywords: '',
      text: joinText(page.points.map((point) => text(point.text))),
      href: searchHref.easyRead(locale, page.id),
      english: isEnglishFallback(locale, page.translation),
    });
  }
  for (const term of index.glossary) {
    docs.push({
      id: `glossary:${term.id}`,
      kind: 'glossary',
      title: term.term,
      keywords: term.aliases.join('\n'),
      text: text(term.definition),
      href: searchHref.glossary(locale, term.id),
      english: false,
    });
  }
  return docs;
}
