/**
 * The content build: validates every locale's files, checks cross-references, compares each
 * translation with the English it was made from, and produces the per-locale JSON the app loads.
 * Pure apart from reading files, so tests can run it on fixture folders.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { isRateKey, rateOn } from '../../src/domain/rates';
import type {
  Checklist, EasyReadPage, GlossaryTerm, Guide, GuideSummary, LocaleIndex, LocaleSummary, Template, TranslationState, UiStrings,
} from '../../src/content/model';
import type { ContentError } from './content-error';
import {
  compileChecklist, compileEasyRead, compileGlossary, compileGuide, compileTemplate, type Compiled,
} from './compile-files';
import type { References } from './markdown';

export const REFERENCE_LOCALE = 'en';

export interface LocaleReport {
  locale: string;
  coverage: number;
  translated: number;
  total: number;
  stale: string[];
  missing: string[];
  missingUiKeys: string[];
}

export interface BuildResult {
  errors: ContentError[];
  reports: LocaleReport[];
  /** Relative output path → JSON value. */
  outputs: Map<string, unknown>;
}

type Kind = 'guides' | 'checklists' | 'templates' | 'easy-read';
const KINDS: { kind: Kind; ext: string }[] = [
  { kind: 'guides', ext: '.md' },
  { kind: 'checklists', ext: '.yaml' },
  { kind: 'templates', ext: '.yaml' },
  { kind: 'easy-read', ext: '.yaml' },
];

export function revisionOf(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 12);
}

function listFiles(dir: string, ext: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((name) => name.endsWith(ext)).sort();
}

interface LoadedFile<T> {
  id: string;
  file: string;
  text: string;
  compiled: Compiled<T>;
}

interface LoadedLocale {
  locale: string;
  files: Record<Kind, Map<string, LoadedFile<unknown>>>;
  glossary?: LoadedFile<GlossaryTerm[]>;
  ui?: { file: string; text: string; value: UiStrings | null };
  humanReviewed: boolean;
}

function compileKind(kind: Kind, file: string, text: string, id: string): Compiled<unknown> {
  switch (kind) {
    case 'guides': return compileGuide(file, text, id);
    case 'checklists': return compileChecklist(file, text, id);
    case 'templates': return compileTemplate(file, text, id);
    case 'easy-read': return compileEasyRead(file, text, id);
  }
}

function loadLocale(contentDir: string, locale: string, errors: ContentError[]): LoadedLocale {
  const root = join(contentDir, locale);
  const files = { guides: new Map(), checklists: new Map(), templates: new Map(), 'easy-read': new Map() } as LoadedLocale['files'];
  for (const { kind, ext } of KINDS) {
    for (const name of listFiles(join(root, kind), ext)) {
      const file = join(root, kind, name);
      const text = readFileSync(file, 'utf8');
      const id = basename(name, ext);
      const compiled = compileKind(kind, file, text, id);
      errors.push(...compiled.errors);
      files[kind].set(id, { id, file, text, compiled });
    }
  }
  const loaded: LoadedLocale = { locale, files, humanReviewed: locale === REFERENCE_LOCALE };
  const glossaryFile = join(root, 'glossary.yaml');
  if (existsSync(glossaryFile)) {
    const text = readFileSync(glossaryFile, 'utf8');
    const compiled = compileGlossary(glossaryFile, text);
    errors.push(...compiled.errors);
    loaded.glossary = { id: 'glossary', file: glossaryFile, text, compiled };
  }
  loaded.ui = loadUiStrings(root, errors);
  const statusFile = join(root, 'locale.yaml');
  if (locale !== REFERENCE_LOCALE) {
    if (!existsSync(statusFile)) {
      errors.push({ file: statusFile, reason: 'each translation needs a locale.yaml saying whether a professional translator has reviewed it (humanReviewed: true|false)' });
    } else {
      const match = /^humanReviewed:\s*(true|false)\s*$/m.exec(readFileSync(statusFile, 'utf8'));
      if (!match) errors.push({ file: statusFile, field: 'humanReviewed', reason: 'must be humanReviewed: true or humanReviewed: false' });
      loaded.humanReviewed = match?.[1] === 'true';
    }
  }
  return loaded;
}

function readUiFile(file: string, errors: ContentError[]): UiStrings | null {
  const text = readFileSync(file, 'utf8');
  try {
    const value = JSON.parse(text) as unknown;
    const problem = checkUiStrings(value, '');
    if (problem) errors.push({ file, field: problem.field, reason: problem.reason });
    return problem ? null : (value as UiStrings);
  } catch (error) {
    errors.push({ file, reason: `is not valid JSON: ${(error as Error).message}` });
    return null;
  }
}

/**
 * UI strings: `ui.json`, plus one file per feature in `ui/<name>.json`, merged under the key
 * `<name>` (so features can add strings without editing a shared file).
 */
function loadUiStrings(root: string, errors: ContentError[]): LoadedLocale['ui'] {
  const main = join(root, 'ui.json');
  if (!existsSync(main)) return undefined;
  const value = readUiFile(main, errors);
  if (!value) return { file: main, text: '', value: null };
  for (const name of listFiles(join(root, 'ui'), '.json')) {
    const key = basename(name, '.json');
    const file = join(root, 'ui', name);
    if (key in value) {
      errors.push({ file, reason: `ui.json already has a top-level key "${key}"; rename the file or the key` });
      continue;
    }
    const part = readUiFile(file, errors);
    if (part) value[key] = part;
  }
  return { file: main, text: '', value };
}

function checkUiStrings(value: unknown, prefix: string): { field: string; reason: string } | null {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return { field: prefix || '(root)', reason: 'must be an object of strings' };
  }
  for (const [key, child] of Object.entries(value)) {
    const field = prefix ? `${prefix}.${key}` : key;
    if (typeof child === 'string') {
      if (/<[a-z/]/i.test(child) && !/<\d+>/.test(child)) return { field, reason: 'UI strings must not contain HTML' };
      continue;
    }
    const nested = checkUiStrings(child, field);
    if (nested) return nested;
  }
  return null;
}

/**
 * UI strings of the bigger features load with the feature, not with the first paint: the shell and
 * home page need only the core strings (and the header's search and quick exit).
 */
export const FEATURE_UI_FILES = ['tools', 'diary', 'visits', 'yourData', 'templates'] as const;

export function splitUiStrings(all: UiStrings): { eager: UiStrings; features: UiStrings } {
  const eager: UiStrings = {};
  const features: UiStrings = {};
  for (const [key, value] of Object.entries(all)) {
    if ((FEATURE_UI_FILES as readonly string[]).includes(key)) features[key] = value;
    else eager[key] = value;
  }
  return { eager, features };
}

const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;
const isPlural = (key: string) => PLURAL_SUFFIX.test(key);
const pluralBase = (key: string) => key.replace(PLURAL_SUFFIX, '');

export function flattenKeys(value: UiStrings, prefix = ''): string[] {
  return Object.entries(value).flatMap(([key, child]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    return typeof child === 'string' ? [path] : flattenKeys(child, path);
  });
}

function idsOf(value: unknown, kind: Kind): string[] {
  if (!value) return [];
  if (kind === 'guides') return (value as Guide).sections.map((s) => s.id);
  if (kind === 'checklists') return (value as Checklist).items.map((i) => i.id);
  if (kind === 'templates') return (value as Template).sections.flatMap((s) => [s.id, ...s.fields.map((f) => `${s.id}/${f.id}`)]);
  return (value as EasyReadPage).points.map((p) => p.id);
}

/** A translation must keep every id of the English (sections, items, fields) and add none. */
function compareStructure(english: LoadedFile<unknown>, translated: LoadedFile<unknown>, kind: Kind, errors: ContentError[]) {
  const expected = idsOf(english.compiled.value, kind);
  const actual = idsOf(translated.compiled.value, kind);
  if (!translated.compiled.value || !english.compiled.value) return;
  const missing = expected.filter((id) => !actual.includes(id));
  const extra = actual.filter((id) => !expected.includes(id));
  if (missing.length) errors.push({ file: translated.file, reason: `ids missing compared with the English: ${missing.join(', ')}` });
  if (extra.length) errors.push({ file: translated.file, reason: `ids not in the English: ${extra.join(', ')}` });
}

function checkReferences(
  file: string, refs: References, today: string, terms: Set<string>, english: LoadedLocale, errors: ContentError[],
) {
  for (const { key, line } of refs.rates) {
    if (!isRateKey(key)) errors.push({ file, line, reason: `unknown rate placeholder {{rate:${key}}}; see the key list in content/README.md` });
    else if (!rateOn(key, today)) errors.push({ file, line, reason: `{{rate:${key}}} has no value in force on ${today}; use a current key` });
  }
  for (const { id, line } of refs.terms) {
    if (!terms.has(id)) errors.push({ file, line, reason: `[[${id}]] is not in the glossary` });
  }
  for (const { target, line } of refs.links) {
    if (target.kind === 'external' || target.kind === 'tool') continue;
    const kind: Kind = target.kind === 'guide' ? 'guides' : target.kind === 'checklist' ? 'checklists' : 'templates';
    const found = english.files[kind].get(target.id);
    if (!found) {
      errors.push({ file, line, reason: `links to ${target.kind} "${target.id}", which does not exist` });
      continue;
    }
    if (target.kind === 'guide' && target.section) {
      const guide = found.compiled.value as Guide | null;
      if (guide && !guide.sections.some((s) => s.id === target.section)) {
        errors.push({ file, line, reason: `links to section #${target.section} of guide "${target.id}", which has no such section (sections: ${guide.sections.map((s) => s.id).join(', ')})` });
      }
    }
  }
}

function summarise(guide: Guide): GuideSummary {
  const { blocks: _blocks, ...summary } = guide;
  return summary;
}

export function buildContent(options: { contentDir: string; locales: readonly string[]; today: string; shipped?: readonly string[] }): BuildResult {
  const errors: ContentError[] = [];
  const outputs = new Map<string, unknown>();
  const reports: LocaleReport[] = [];
  const present = existsSync(options.contentDir)
    ? readdirSync(options.contentDir, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name)
    : [];
  for (const folder of present) {
    if (!options.locales.includes(folder)) {
      errors.push({ file: join(options.contentDir, folder), reason: `"${folder}" is not a locale listed in src/i18n/locales.ts` });
    }
  }
  const english = loadLocale(options.contentDir, REFERENCE_LOCALE, errors);
  if (!english.ui?.value) errors.push({ file: join(options.contentDir, REFERENCE_LOCALE, 'ui.json'), reason: 'the English UI strings are required' });
  if (!english.glossary) errors.push({ file: join(options.contentDir, REFERENCE_LOCALE, 'glossary.yaml'), reason: 'the English glossary is required' });
  const englishUiKeys = english.ui?.value ? flattenKeys(english.ui.value) : [];

  const shipped = options.shipped ?? options.locales;
  for (const locale of options.locales) {
    if (locale !== REFERENCE_LOCALE && !existsSync(join(options.contentDir, locale))) {
      // A language not started yet: nothing to build. A shipped one must exist.
      if (shipped.includes(locale)) errors.push({ file: join(options.contentDir, locale), reason: `locale "${locale}" is shipped but has no content folder` });
      continue;
    }
    const loaded = locale === REFERENCE_LOCALE ? english : loadLocale(options.contentDir, locale, errors);
    const isReference = locale === REFERENCE_LOCALE;
    const report: LocaleReport = { locale, coverage: 100, translated: 0, total: 0, stale: [], missing: [], missingUiKeys: [] };
    const glossaryTerms = (loaded.glossary?.compiled.value ?? english.glossary?.compiled.value ?? []) as GlossaryTerm[];
    const termIds = new Set(glossaryTerms.map((t) => t.id));

    /** The file to show for `label`: the translation when there is one, else the English. */
    const pick = <T,>(
      label: string, englishFile: LoadedFile<unknown>, translated: LoadedFile<unknown> | undefined, kind?: Kind,
    ): { value: T | null; state: TranslationState } => {
      report.total += 1;
      if (isReference) {
        report.translated += 1;
        return { value: englishFile.compiled.value as T | null, state: 'original' };
      }
      if (!translated) {
        report.missing.push(label);
        return { value: englishFile.compiled.value as T | null, state: 'missing' };
      }
      report.translated += 1;
      if (kind) compareStructure(englishFile, translated, kind, errors);
      const expected = revisionOf(englishFile.text);
      const stated = translated.compiled.sourceRevision;
      if (!stated) errors.push({ file: translated.file, field: 'sourceRevision', reason: 'a translation must record the English revision it translates (run `npm run i18n:stamp` after checking it)' });
      const state: TranslationState = stated === expected ? 'current' : 'stale';
      if (state === 'stale') report.stale.push(label);
      return { value: translated.compiled.value as T | null, state };
    };

    if (!isReference) {
      for (const { kind } of KINDS) {
        for (const [id, file] of loaded.files[kind]) {
          if (!english.files[kind].has(id)) errors.push({ file: file.file, reason: `there is no English ${kind} file "${id}" for this to translate` });
        }
      }
    }

    const collect = <T extends { translation: TranslationState }>(kind: Kind): T[] => {
      const out: T[] = [];
      for (const [id, englishFile] of english.files[kind]) {
        const { value, state } = pick<T>(`${kind}/${id}`, englishFile, loaded.files[kind].get(id), kind);
        const source = isReference || state === 'missing' ? englishFile : loaded.files[kind].get(id)!;
        checkReferences(source.file, source.compiled.refs, options.today, termIds, english, errors);
        if (value) out.push({ ...value, translation: state });
      }
      return out;
    };

    const guides = collect<Guide>('guides');
    const checklists = collect<Checklist>('checklists');
    const templates = collect<Template>('templates');
    const easyRead = collect<EasyReadPage>('easy-read');

    let glossary: GlossaryTerm[] = [];
    if (english.glossary) {
      const { value, state } = pick<GlossaryTerm[]>('glossary', english.glossary as LoadedFile<unknown>, loaded.glossary as LoadedFile<unknown> | undefined);
      const source = state === 'missing' || isReference ? english.glossary : loaded.glossary!;
      checkReferences(source.file, source.compiled.refs, options.today, termIds, english, errors);
      glossary = value ?? [];
      if (!isReference && loaded.glossary?.compiled.value && english.glossary.compiled.value) {
        const translatedIds = new Set(loaded.glossary.compiled.value.map((t) => t.id));
        const extra = [...translatedIds].filter((id) => !english.glossary!.compiled.value!.some((t) => t.id === id));
        if (extra.length) errors.push({ file: loaded.glossary.file, reason: `terms not in the English: ${extra.join(', ')}` });
        // A term added to the English since the translation shows in English until translated.
        const untranslated = english.glossary.compiled.value.filter((t) => !translatedIds.has(t.id));
        if (untranslated.length) {
          report.missing.push(...untranslated.map((t) => `glossary#${t.id}`));
          glossary = [...glossary, ...untranslated];
        }
      }
    }

    if (!isReference) {
      const localeKeys = loaded.ui?.value ? flattenKeys(loaded.ui.value) : [];
      // Plural forms differ by language (Welsh has six): compare plural keys by their base.
      const localeBases = new Set(localeKeys.map(pluralBase));
      const englishBases = new Set(englishUiKeys.map(pluralBase));
      report.missingUiKeys = englishUiKeys.filter((key) => !localeKeys.includes(key) && !(isPlural(key) && localeBases.has(pluralBase(key))));
      const extraKeys = localeKeys.filter((key) => !englishUiKeys.includes(key) && !(isPlural(key) && englishBases.has(pluralBase(key))));
      if (extraKeys.length && loaded.ui) errors.push({ file: loaded.ui.file, reason: `keys not in the English UI strings: ${extraKeys.join(', ')}` });
    }
    const uiShare = englishUiKeys.length ? (englishUiKeys.length - report.missingUiKeys.length) / englishUiKeys.length : 1;
    report.coverage = Math.floor((100 * (report.translated + uiShare)) / (report.total + 1));

    const index: LocaleIndex = {
      locale,
      status: { humanReviewed: loaded.humanReviewed, coverage: report.coverage },
      guides: guides.map(summarise),
      checklists,
      templates,
      easyRead,
      glossary,
    };
    outputs.set(`${locale}/index.json`, index);
    const summary: LocaleSummary = {
      locale,
      status: index.status,
      guides: index.guides,
      checklists: checklists.map(({ id, title, summary: text, roles, nations, translation }) => ({ id, title, summary: text, roles, nations, translation })),
    };
    outputs.set(`${locale}/summary.json`, summary);
    for (const guide of guides) outputs.set(`${locale}/guides/${guide.id}.json`, guide);
    const { eager, features } = splitUiStrings(loaded.ui?.value ?? {});
    outputs.set(`${locale}/ui.json`, eager);
    outputs.set(`${locale}/ui-features.json`, features);
    reports.push(report);
    if (shipped.includes(locale) && (report.missing.length > 0 || report.missingUiKeys.length > 0)) {
      errors.push({
        file: join(options.contentDir, locale),
        reason: `locale "${locale}" is shipped but only ${report.coverage}% translated (${report.missing.length} file(s), ${report.missingUiKeys.length} UI key(s) missing); finish it or set shipped: false in src/i18n/locales.ts`,
      });
    }
  }
  return { errors, reports, outputs };
}
