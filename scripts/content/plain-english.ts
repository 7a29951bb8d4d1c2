/**
 * Plain-English check on compiled content: long sentences, average sentence length per guide and
 * overall, and technical-looking terms the glossary does not explain. It reads what the reader
 * sees (rates resolved to today's figures, glossary terms as their words).
 *
 * `npx tsx scripts/content/plain-english.ts [locale]` prints the report (English by default) and,
 * for English, exits non-zero when the overall average is over 20 words a sentence or any
 * sentence is over 25 words.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Block, Checklist, EasyReadPage, GlossaryTerm, Guide, Inline, LocaleIndex, Template } from '../../src/content/model';
import { glossaryById, inlineText, type PlainTextSettings } from '../../src/content/search/plain-text';
import { findLocale } from '../../src/i18n/locales';

export interface PlainEnglishContent {
  locale: string;
  guides: Guide[];
  checklists: Checklist[];
  templates: Template[];
  easyRead?: EasyReadPage[];
  glossary: GlossaryTerm[];
}

export interface PlainEnglishOptions {
  /** BCP 47 tag for formatting rates (`en-GB`). */
  localeTag: string;
  /** Longest sentence allowed, in words (default 25). */
  maxWords?: number;
  /** Day rate placeholders are resolved for; today when left out. */
  date?: string;
  /** Terms to look for; defaults to ENGLISH_TECHNICAL_TERMS for English and none otherwise. */
  technicalTerms?: readonly string[];
}

export interface LongSentence {
  file: string;
  /** Where in the file: guide section, checklist item, template field, glossary term… */
  where: string;
  words: number;
  /** The first words of the sentence. */
  start: string;
}

export interface SentenceStats {
  sentences: number;
  words: number;
  /** Words per sentence, to one decimal place (0 with no sentences). */
  average: number;
}

export interface GuideStats extends SentenceStats {
  id: string;
  file: string;
}

export interface UnknownTerm {
  term: string;
  count: number;
  /** Up to three places it appears, as file#where. */
  places: string[];
}

export interface PlainEnglishReport {
  locale: string;
  maxWords: number;
  longSentences: LongSentence[];
  guides: GuideStats[];
  overall: SentenceStats;
  unknownTerms: UnknownTerm[];
}

/**
 * Technical terms and phrases from UK employment, tax, vetting, health-and-safety and social-care
 * law that a reader may not know. Each needs a glossary entry (term or alias) when content uses it
 * outside a [[term]] link. ALL-CAPS abbreviations of three or more letters are found separately.
 */
export const ENGLISH_TECHNICAL_TERMS: readonly string[] = [
  'pay reference period', 'regulated activity', 'regulated role', 'accommodation offset', 'salary sacrifice',
  'auto-enrolment', 'automatic enrolment', 'qualifying earnings', 'lower earnings limit', 'upper earnings limit',
  'primary threshold', 'secondary threshold', 'employment allowance', 'statutory sick pay', 'statutory maternity pay',
  'statutory paternity pay', 'statutory redundancy pay', 'rolled-up holiday pay', 'irregular hours worker',
  'part-year worker', 'leave year', 'accrual', 'pro rata', 'pay in lieu of notice', 'gross misconduct',
  'constructive dismissal', 'unfair dismissal', 'wrongful dismissal', 'early conciliation', 'employment tribunal',
  'industrial tribunal', 'barred list', 'enhanced check', 'update service', 'umbrella body', 'personal representative',
  'vicarious liability', 'indemnity', 'tax code', 'real time information', 'full payment submission',
  'employer payment summary', 'share code', 'civil penalty', 'statutory excuse', 'sponsor licence',
  'certificate of sponsorship', 'continuous employment', 'notice period', 'garden leave', 'working time regulations',
  'opt-out', 'rest break', 'night worker', 'on-call', 'sleep-in', 'waiting time', 'salaried hours work',
  'reasonable adjustments', 'protected characteristic', 'indirect discrimination', 'victimisation',
  'whistleblowing', 'protected disclosure', 'moving and handling', 'manual handling', 'hoist', 'risk assessment',
  'lone working', 'safeguarding', 'infection control', 'accident book', 'dynamic risk assessment',
  'public liability', "employers' liability", 'direct payment', 'personal budget', 'personal health budget',
  'self-directed support', 'care and support plan', 'lasting power of attorney', 'power of attorney', 'deputy',
  'appointee', 'suitable person', 'AccessNI', 'Disclosure Scotland', 'Fair Work Agency', 'Employment Allowance',
  'Class 1', 'P45', 'P60', 'worker status', 'self-employed', 'zero-hours', 'redundancy', 'probation',
];

/** Abbreviations everyone in the UK knows, or that are part of an address, not jargon. */
const WELL_KNOWN = new Set(['NHS', 'GOV']);

const SENTENCE_MAX_WORDS = 25;
const AVERAGE_MAX_WORDS = 20;

// ---------------------------------------------------------------------------------------------
// Sentences and words

const ABBREVIATIONS = new Set([
  'e.g.', 'eg.', 'i.e.', 'ie.', 'etc.', 'cf.', 'vs.', 'approx.', 'incl.', 'no.', 'nos.', 'mr.', 'mrs.', 'ms.', 'dr.',
  'st.', 'ltd.', 'co.', 'inc.', 'a.m.', 'p.m.', 'para.', 'paras.', 'sec.', 'reg.', 'regs.', 'art.', 'ch.', 'pp.',
  'jan.', 'feb.', 'mar.', 'apr.', 'jun.', 'jul.', 'aug.', 'sep.', 'sept.', 'oct.', 'nov.', 'dec.',
]);
const SENTENCE_END = /[.!?]+["'”’)\]]*(?=\s|$)/gu;
const OPENING_PUNCTUATION = /^["'“‘([]+/u;
const CLOSING_PUNCTUATION = /["'”’)\]]+$/u;
const CAPITAL_NEXT = /^["'“‘([]?[\p{Lu}\p{N}£$€]/u;

function isAbbreviation(token: string): boolean {
  const bare = token.replace(OPENING_PUNCTUATION, '').replace(CLOSING_PUNCTUATION, '');
  if (ABBREVIATIONS.has(bare.toLowerCase())) return true;
  // Initials, page references and dotted abbreviations: "J.", "p.", "U.K."
  return /^\p{L}\.$/u.test(bare) || /^(\p{L}\.){2,}$/u.test(bare);
}

/**
 * Splits text into sentences at . ! ? followed by a space, but not after abbreviations ("e.g.",
 * "i.e.", initials) or inside figures ("£12.71", "5.6", "gov.uk"). "etc." ends a sentence only
 * when a capital letter follows. Line breaks always end a sentence.
 */
export function splitSentences(text: string): string[] {
  const sentences: string[] = [];
  const push = (sentence: string) => {
    const trimmed = sentence.trim();
    if (countWords(trimmed) > 0) sentences.push(trimmed);
  };
  for (const line of text.split(/\n+/u)) {
    let start = 0;
    for (const match of line.matchAll(SENTENCE_END)) {
      const end = match.index + match[0].length;
      const tokenStart = line.slice(0, match.index).search(/\S+$/u);
      const token = line.slice(tokenStart < 0 ? match.index : tokenStart, end);
      if (match[0].startsWith('.') && isAbbreviation(token)) {
        const endsSentence = /^etc\.$/iu.test(token.replace(CLOSING_PUNCTUATION, '')) && CAPITAL_NEXT.test(line.slice(end).trimStart());
        if (!endsSentence) continue;
      }
      push(line.slice(start, end));
      start = end;
    }
    push(line.slice(start));
  }
  return sentences;
}

/** Words are runs of non-space characters that hold a letter or a digit ("£12.71" is one word). */
export function countWords(sentence: string): number {
  return sentence.split(/\s+/u).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

function sentenceStart(sentence: string, words = 10): string {
  const parts = sentence.split(/\s+/u);
  return parts.length > words ? `${parts.slice(0, words).join(' ')} …` : sentence;
}

// ---------------------------------------------------------------------------------------------
// What text the content holds

interface TextUnit {
  file: string;
  where: string;
  /** The guide it belongs to, for per-guide averages. */
  guide?: string;
  /** What the reader sees. */
  text: string;
  /** The same with glossary-linked words left out (they are explained where they appear). */
  unlinked: string;
  /**
   * prose: sentences, counted everywhere. cell: a table cell, often a bare figure, so checked for
   * long sentences but left out of averages. label: headings, titles, field labels, scanned for
   * terms only.
   */
  role: UnitRole;
}

type UnitRole = 'prose' | 'cell' | 'label';
type Place = Omit<TextUnit, 'text' | 'unlinked' | 'role'>;

class UnitCollector {
  readonly units: TextUnit[] = [];
  private readonly shown: PlainTextSettings;
  private readonly unlinked: PlainTextSettings;

  constructor(glossary: readonly GlossaryTerm[], localeTag: string, date: string | undefined) {
    this.shown = { localeTag, glossary: glossaryById(glossary), date };
    this.unlinked = { ...this.shown, skipTerms: true };
  }

  inline(nodes: readonly Inline[] | undefined, place: Place, role: UnitRole = 'prose'): void {
    if (!nodes) return;
    this.units.push({ ...place, text: inlineText(nodes, this.shown), unlinked: inlineText(nodes, this.unlinked), role });
  }

  plain(text: string | undefined, place: Place, role: UnitRole = 'prose'): void {
    if (text) this.units.push({ ...place, text, unlinked: text, role });
  }

  blocks(blocks: readonly Block[], file: string, guide: string, section: { id: string }): void {
    for (const block of blocks) {
      const place = { file, where: section.id, guide };
      switch (block.t) {
        case 'p':
          this.inline(block.c, place);
          break;
        case 'h':
          if (block.level === 2 && block.id) section.id = block.id;
          this.inline(block.c, { ...place, where: section.id }, 'label');
          break;
        case 'list':
          for (const item of block.items) this.blocks(item, file, guide, section);
          break;
        case 'table':
          for (const cell of block.head) this.inline(cell, place, 'label');
          for (const row of block.rows) for (const cell of row) this.inline(cell, place, 'cell');
          break;
        case 'only':
        case 'callout':
          this.blocks(block.c, file, guide, section);
          break;
      }
    }
  }
}

function collectUnits(content: PlainEnglishContent, localeTag: string, date: string | undefined): TextUnit[] {
  const collect = new UnitCollector(content.glossary, localeTag, date);
  const root = `content/${content.locale}`;
  // In a translation, pages with no translation yet are the English, checked as English.
  const own = (doc: { translation: string }) => content.locale === 'en' || doc.translation !== 'missing';
  for (const guide of content.guides.filter(own)) {
    const file = `${root}/guides/${guide.id}.md`;
    collect.plain(guide.title, { file, where: 'title', guide: guide.id }, 'label');
    collect.plain(guide.summary, { file, where: 'summary', guide: guide.id });
    collect.blocks(guide.blocks, file, guide.id, { id: 'intro' });
  }
  for (const checklist of content.checklists.filter(own)) {
    const file = `${root}/checklists/${checklist.id}.yaml`;
    collect.plain(checklist.title, { file, where: 'title' }, 'label');
    collect.plain(checklist.summary, { file, where: 'summary' });
    for (const item of checklist.items) {
      collect.plain(item.group, { file, where: `${item.id}.group` }, 'label');
      collect.inline(item.action, { file, where: `${item.id}.action` });
      collect.inline(item.why, { file, where: `${item.id}.why` });
      collect.inline(item.how, { file, where: `${item.id}.how` });
    }
  }
  for (const template of content.templates.filter(own)) {
    const file = `${root}/templates/${template.id}.yaml`;
    collect.plain(template.title, { file, where: 'title' }, 'label');
    collect.plain(template.summary, { file, where: 'summary' });
    for (const section of template.sections) {
      collect.plain(section.heading, { file, where: section.id }, 'label');
      collect.inline(section.intro, { file, where: `${section.id}.intro` });
      for (const field of section.fields) {
        collect.plain(field.label, { file, where: `${section.id}/${field.id}.label` }, 'label');
        collect.inline(field.hint, { file, where: `${section.id}/${field.id}.hint` });
      }
    }
  }
  for (const page of (content.easyRead ?? []).filter(own)) {
    const file = `${root}/easy-read/${page.id}.yaml`;
    collect.plain(page.title, { file, where: 'title' }, 'label');
    for (const point of page.points) collect.inline(point.text, { file, where: point.id });
  }
  for (const term of content.glossary) {
    collect.inline(term.definition, { file: `${root}/glossary.yaml`, where: term.id });
  }
  return collect.units;
}

// ---------------------------------------------------------------------------------------------
// Technical terms

const normalise = (text: string) => text.toLowerCase().replace(/[’ʼ]/gu, "'").replace(/[-‐‑]/gu, ' ').replace(/\s+/gu, ' ').trim();
const ACRONYM = /(?<![\p{L}\p{N}])(\p{Lu}[\p{Lu}\p{N}]{2,})(?:['’]?s)?(?![\p{L}\p{N}])/gu;
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

/** Every name the glossary explains: terms, aliases, ids, and abbreviations inside them. */
function glossaryNames(glossary: readonly GlossaryTerm[]): { names: Set<string>; acronyms: Set<string> } {
  const names = new Set<string>();
  const acronyms = new Set<string>();
  for (const term of glossary) {
    for (const name of [term.term, ...term.aliases, term.id]) {
      names.add(normalise(name));
      // "Personal assistant (PA)" also explains "personal assistant".
      names.add(normalise(name.replace(/\s*\([^)]*\)\s*/gu, ' ')));
      for (const match of name.matchAll(ACRONYM)) acronyms.add(match[1]!);
    }
  }
  return { names, acronyms };
}

function explained(candidate: string, names: Set<string>, acronyms: Set<string>, isAcronym: boolean): boolean {
  if (isAcronym) return acronyms.has(candidate) || names.has(candidate.toLowerCase());
  const form = normalise(candidate);
  return names.has(form) || names.has(`${form}s`) || (form.endsWith('s') && names.has(form.slice(0, -1)));
}

function findUnknownTerms(units: readonly TextUnit[], glossary: readonly GlossaryTerm[], terms: readonly string[]): UnknownTerm[] {
  const { names, acronyms } = glossaryNames(glossary);
  const found = new Map<string, UnknownTerm>();
  const note = (term: string, unit: TextUnit) => {
    const entry = found.get(term) ?? { term, count: 0, places: [] };
    entry.count += 1;
    const place = `${unit.file}#${unit.where}`;
    if (entry.places.length < 3 && !entry.places.includes(place)) entry.places.push(place);
    found.set(term, entry);
  };
  // Text that uses a glossary term ("Employers' liability insurance") explains the words in it.
  const glossaryUse = new RegExp(
    `(?<![\\p{L}\\p{N}])(?:${[...names].filter(Boolean).sort((x, y) => y.length - x.length).map(escapeRegExp).join('|')})s?(?![\\p{L}\\p{N}])`,
    'gu',
  );
  const phrases = terms
    .filter((term) => !explained(term, names, acronyms, false))
    .map((term) => ({ term, pattern: new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(normalise(term))}s?(?![\\p{L}\\p{N}])`, 'gu') }));
  for (const unit of units) {
    for (const match of unit.unlinked.matchAll(ACRONYM)) {
      const acronym = match[1]!;
      if (!WELL_KNOWN.has(acronym) && !explained(acronym, names, acronyms, true)) note(acronym, unit);
    }
    const text = normalise(unit.unlinked).replace(glossaryUse, ' ');
    for (const { term, pattern } of phrases) {
      for (const _match of text.matchAll(pattern)) note(term, unit);
    }
  }
  return [...found.values()].sort((a, b) => b.count - a.count || a.term.localeCompare(b.term));
}

// ---------------------------------------------------------------------------------------------
// The report

function stats(sentences: readonly string[]): SentenceStats {
  const words = sentences.reduce((sum, sentence) => sum + countWords(sentence), 0);
  return { sentences: sentences.length, words, average: sentences.length ? Math.round((10 * words) / sentences.length) / 10 : 0 };
}

export function checkPlainEnglish(content: PlainEnglishContent, options: PlainEnglishOptions): PlainEnglishReport {
  const maxWords = options.maxWords ?? SENTENCE_MAX_WORDS;
  const units = collectUnits(content, options.localeTag, options.date);
  const all: string[] = [];
  const byGuide = new Map<string, { file: string; sentences: string[] }>();
  const longSentences: LongSentence[] = [];
  for (const unit of units) {
    if (unit.role === 'label') continue;
    for (const sentence of splitSentences(unit.text)) {
      const words = countWords(sentence);
      if (words > maxWords) longSentences.push({ file: unit.file, where: unit.where, words, start: sentenceStart(sentence) });
      if (unit.role === 'cell') continue;
      all.push(sentence);
      if (unit.guide) {
        const guide = byGuide.get(unit.guide) ?? { file: unit.file, sentences: [] };
        guide.sentences.push(sentence);
        byGuide.set(unit.guide, guide);
      }
    }
  }
  const technical = options.technicalTerms ?? (content.locale === 'en' ? ENGLISH_TECHNICAL_TERMS : []);
  return {
    locale: content.locale,
    maxWords,
    longSentences,
    guides: [...byGuide.entries()].map(([id, { file, sentences }]) => ({ id, file, ...stats(sentences) })),
    overall: stats(all),
    unknownTerms: findUnknownTerms(units, content.glossary, technical),
  };
}

/** Why the check fails, or an empty list when it passes. */
export function plainEnglishFailures(report: PlainEnglishReport, maxAverage = AVERAGE_MAX_WORDS): string[] {
  const failures: string[] = [];
  if (report.overall.average > maxAverage) {
    failures.push(`the average sentence is ${report.overall.average} words; keep it to ${maxAverage} or fewer`);
  }
  if (report.longSentences.length > 0) {
    failures.push(`${report.longSentences.length} sentence(s) have more than ${report.maxWords} words; split them`);
  }
  return failures;
}

export function formatPlainEnglishReport(report: PlainEnglishReport): string {
  const lines = [
    `Plain English check (${report.locale})`,
    `Overall: ${report.overall.sentences} sentences, ${report.overall.words} words, ${report.overall.average} words a sentence on average`,
    '',
    'Average words a sentence, per guide:',
    ...[...report.guides].sort((a, b) => b.average - a.average).map((g) => `  ${String(g.average).padStart(5)}  ${g.id} (${g.sentences} sentences)`),
    '',
    `Sentences over ${report.maxWords} words: ${report.longSentences.length}`,
    ...report.longSentences.map((s) => `  ${s.file}#${s.where} (${s.words} words): ${s.start}`),
    '',
    `Technical terms not in the glossary: ${report.unknownTerms.length}`,
    ...report.unknownTerms.map((t) => `  ${t.term} ×${t.count}: ${t.places.join(', ')}`),
  ];
  return lines.join('\n');
}

// ---------------------------------------------------------------------------------------------
// Run directly

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** Reads a locale's compiled content from src/content/generated (building it first if missing). */
export function readCompiledContent(locale: string): PlainEnglishContent {
  const dir = join(root, 'src/content/generated', locale);
  if (!existsSync(join(dir, 'index.json'))) {
    const built = spawnSync('npx', ['tsx', 'scripts/content/build-content.ts'], { cwd: root, stdio: 'inherit' });
    if (built.status !== 0) throw new Error('The content build failed; fix the content first.');
  }
  const index = JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8')) as LocaleIndex;
  const guideDir = join(dir, 'guides');
  const guides = readdirSync(guideDir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => JSON.parse(readFileSync(join(guideDir, name), 'utf8')) as Guide);
  return { locale, guides, checklists: index.checklists, templates: index.templates, easyRead: index.easyRead, glossary: index.glossary };
}

function main(): void {
  const locale = process.argv[2] ?? 'en';
  const info = findLocale(locale);
  if (!info) {
    console.error(`Unknown locale "${locale}".`);
    process.exit(2);
  }
  const report = checkPlainEnglish(readCompiledContent(locale), { localeTag: info.tag });
  console.log(formatPlainEnglishReport(report));
  const failures = locale === 'en' ? plainEnglishFailures(report) : [];
  console.log('');
  if (failures.length) {
    console.log(`✗ Plain English check failed: ${failures.join('; ')}.`);
    process.exit(1);
  }
  console.log(locale === 'en' ? '✓ Plain English check passed.' : 'Report only: the limits apply to English.');
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main();
}
