/** Reads and validates one content file of each kind, returning compiled data and what it refers to. */
import {
  EASY_READ_ICONS, TEMPLATE_FIELD_TYPES,
  type Block, type Checklist, type ChecklistItem, type EasyReadPage, type GlossaryTerm, type Guide,
  type Inline, type Template, type TemplateField,
} from '../../src/content/model';
import { ErrorSink } from './content-error';
import { FieldReader } from './field-reader';
import { compileInlineText, compileMarkdownBody, emptyReferences, type References } from './markdown';
import { parseYamlSource, type Path } from './yaml-source';

export interface Compiled<T> {
  value: T | null;
  refs: References;
  errors: ErrorSink['errors'];
  /** Translations only: the English revision the file says it translates. */
  sourceRevision?: string;
}

const COMMON_KEYS = ['id', 'title', 'summary', 'roles', 'nations', 'sources', 'reviewed', 'sourceRevision'];

function inlineField(reader: FieldReader, refs: References, path: Path, required = true): Inline[] | undefined {
  const text = reader.string(path, { required });
  if (text === undefined) return undefined;
  return compileInlineText(text, reader.sink, refs, reader.source.lineOf(path), path.join('.'));
}

function uniqueIds(reader: FieldReader, ids: { id: string | undefined; path: Path }[], what: string): void {
  const seen = new Set<string>();
  for (const { id, path } of ids) {
    if (id === undefined) continue;
    if (seen.has(id)) reader.fail(path, `${what} id "${id}" is used twice; ids must be unique`);
    seen.add(id);
  }
}

function revision(reader: FieldReader): string | undefined {
  const value = reader.string(['sourceRevision'], { required: false });
  if (value !== undefined && !/^[0-9a-f]{12}$/.test(value)) reader.fail(['sourceRevision'], 'must be the 12-character revision written by `npm run i18n:stamp`');
  return value;
}

/** Splits `---` front matter from a Markdown body, keeping the body's first line number. */
function splitFrontMatter(text: string, sink: ErrorSink) {
  const lines = text.split('\n');
  if (lines[0]?.trim() !== '---') {
    sink.add('the file must start with a --- line opening the front matter', { line: 1 });
    return null;
  }
  const end = lines.findIndex((line, index) => index > 0 && line.trim() === '---');
  if (end < 0) {
    sink.add('the front matter is never closed with a --- line', { line: 1 });
    return null;
  }
  return { yaml: lines.slice(1, end).join('\n'), body: lines.slice(end + 1).join('\n'), bodyFirstLine: end + 2 };
}

export function compileGuide(file: string, text: string, expectedId: string): Compiled<Guide> {
  const sink = new ErrorSink(file);
  const refs = emptyReferences();
  const parts = splitFrontMatter(text, sink);
  if (!parts) return { value: null, refs, errors: sink.errors };
  const source = parseYamlSource(parts.yaml, sink, 1);
  if (!source) return { value: null, refs, errors: sink.errors };
  const reader = new FieldReader(source, sink);
  if (!reader.rootObject()) return { value: null, refs, errors: sink.errors };
  reader.onlyKeys([], [...COMMON_KEYS, 'topic']);
  const id = reader.id(['id'], expectedId);
  const title = reader.string(['title'], { maxLength: 80 });
  const summary = reader.string(['summary'], { maxLength: 240 });
  const topic = reader.oneOf(['topic'], ['core', 'basics'] as const);
  const roles = reader.roles(['roles']);
  const nations = reader.nations(['nations']);
  const sources = reader.sources(['sources'], { minOfficial: 1 });
  const reviewed = reader.date(['reviewed']);
  const sourceRevision = revision(reader);
  const blocks = compileMarkdownBody(parts.body, parts.bodyFirstLine, sink, refs);
  const sections = collectSections(blocks);
  if (sections.length === 0) sink.add('a guide needs at least one ## section', { line: parts.bodyFirstLine });
  const duplicate = sections.find((s, i) => sections.findIndex((o) => o.id === s.id) !== i);
  if (duplicate) sink.add(`section id "${duplicate.id}" is used twice`, {});
  if (sink.errors.length || !id || !title || !summary || !topic || !roles || !nations || !reviewed) {
    return { value: null, refs, errors: sink.errors, sourceRevision };
  }
  return {
    value: { id, title, summary, topic, roles, nations, sources, reviewed, sections, blocks, translation: 'original' },
    refs,
    errors: sink.errors,
    sourceRevision,
  };
}

function plainText(nodes: readonly Inline[]): string {
  return nodes.map((n) => ('v' in n ? n.v : 'c' in n ? plainText(n.c) : '')).join('');
}

export function collectSections(blocks: readonly Block[]): { id: string; title: string }[] {
  const out: { id: string; title: string }[] = [];
  for (const block of blocks) {
    if (block.t === 'h' && block.level === 2 && block.id) out.push({ id: block.id, title: plainText(block.c) });
    if (block.t === 'only' || block.t === 'callout') out.push(...collectSections(block.c));
  }
  return out;
}

function startYaml(file: string, text: string) {
  const sink = new ErrorSink(file);
  const refs = emptyReferences();
  const source = parseYamlSource(text, sink);
  const reader = source ? new FieldReader(source, sink) : null;
  return { sink, refs, reader: reader?.rootObject() ? reader : null };
}

export function compileChecklist(file: string, text: string, expectedId: string): Compiled<Checklist> {
  const { sink, refs, reader } = startYaml(file, text);
  if (!reader) return { value: null, refs, errors: sink.errors };
  reader.onlyKeys([], [...COMMON_KEYS, 'items']);
  const id = reader.id(['id'], expectedId);
  const title = reader.string(['title'], { maxLength: 80 });
  const summary = reader.string(['summary'], { maxLength: 240 });
  const roles = reader.roles(['roles']);
  const nations = reader.nations(['nations']);
  const sources = reader.sources(['sources'], { minOfficial: 1 });
  const reviewed = reader.date(['reviewed']);
  const sourceRevision = revision(reader);
  const items: ChecklistItem[] = [];
  const itemIds: { id: string | undefined; path: Path }[] = [];
  reader.list(['items'], { min: 1 }).forEach((_raw, index) => {
    const path = ['items', index];
    reader.onlyKeys(path, ['id', 'group', 'action', 'why', 'how', 'guide', 'nations', 'roles']);
    const itemId = reader.id([...path, 'id']);
    itemIds.push({ id: itemId, path: [...path, 'id'] });
    const group = reader.string([...path, 'group'], { required: false });
    const action = inlineField(reader, refs, [...path, 'action']);
    const why = inlineField(reader, refs, [...path, 'why']);
    const how = inlineField(reader, refs, [...path, 'how'], false);
    const guide = reader.guideRef([...path, 'guide']);
    if (guide) refs.links.push({ target: { kind: 'guide', ...guide }, line: reader.source.lineOf([...path, 'guide']) });
    const itemNations = reader.nations([...path, 'nations'], { required: false }) ?? nations ?? [];
    const itemRoles = reader.roles([...path, 'roles'], { required: false }) ?? roles ?? [];
    const outside = itemNations.filter((n) => nations && !nations.includes(n));
    if (outside.length) reader.fail([...path, 'nations'], `${outside.join(', ')} is not one of the checklist's nations`);
    if (itemId && action && why) {
      const item: ChecklistItem = { id: itemId, action, why, nations: itemNations, roles: itemRoles };
      if (group) item.group = group;
      if (how) item.how = how;
      if (guide) item.guide = guide;
      items.push(item);
    }
  });
  uniqueIds(reader, itemIds, 'item');
  if (sink.errors.length || !id || !title || !summary || !roles || !nations || !reviewed) {
    return { value: null, refs, errors: sink.errors, sourceRevision };
  }
  return { value: { id, title, summary, roles, nations, sources, reviewed, items, translation: 'original' }, refs, errors: [], sourceRevision };
}

export function compileTemplate(file: string, text: string, expectedId: string): Compiled<Template> {
  const { sink, refs, reader } = startYaml(file, text);
  if (!reader) return { value: null, refs, errors: sink.errors };
  reader.onlyKeys([], [...COMMON_KEYS, 'sections']);
  const id = reader.id(['id'], expectedId);
  const title = reader.string(['title'], { maxLength: 80 });
  const summary = reader.string(['summary'], { maxLength: 240 });
  const roles = reader.roles(['roles']);
  const nations = reader.nations(['nations']);
  const sources = reader.sources(['sources'], { minOfficial: 0 });
  const reviewed = reader.date(['reviewed']);
  const sourceRevision = revision(reader);
  const sections: Template['sections'] = [];
  const fieldIds: { id: string | undefined; path: Path }[] = [];
  const rawSections = reader.list(['sections'], { min: 1 });
  rawSections.forEach((_raw, s) => {
    const path = ['sections', s];
    reader.onlyKeys(path, ['id', 'heading', 'intro', 'fields']);
    const sectionId = reader.id([...path, 'id']);
    const heading = reader.string([...path, 'heading']);
    const intro = inlineField(reader, refs, [...path, 'intro'], false);
    const fields: TemplateField[] = [];
    reader.list([...path, 'fields'], { min: 1 }).forEach((_f, f) => {
      const fieldPath = [...path, 'fields', f];
      reader.onlyKeys(fieldPath, ['id', 'label', 'hint', 'type', 'required']);
      const fieldId = reader.id([...fieldPath, 'id']);
      fieldIds.push({ id: fieldId, path: [...fieldPath, 'id'] });
      const label = reader.string([...fieldPath, 'label']);
      const hint = inlineField(reader, refs, [...fieldPath, 'hint'], false);
      const type = reader.oneOf([...fieldPath, 'type'], TEMPLATE_FIELD_TYPES);
      const required = reader.boolean([...fieldPath, 'required'], false);
      if (fieldId && label && type) fields.push(hint ? { id: fieldId, label, hint, type, required } : { id: fieldId, label, type, required });
    });
    if (sectionId && heading) sections.push(intro ? { id: sectionId, heading, intro, fields } : { id: sectionId, heading, fields });
  });
  uniqueIds(reader, fieldIds, 'field');
  if (sink.errors.length || !id || !title || !summary || !roles || !nations || !reviewed) {
    return { value: null, refs, errors: sink.errors, sourceRevision };
  }
  return { value: { id, title, summary, roles, nations, sources, reviewed, sections, translation: 'original' }, refs, errors: [], sourceRevision };
}

export function compileEasyRead(file: string, text: string, expectedId: string): Compiled<EasyReadPage> {
  const { sink, refs, reader } = startYaml(file, text);
  if (!reader) return { value: null, refs, errors: sink.errors };
  reader.onlyKeys([], [...COMMON_KEYS, 'basedOn', 'points']);
  const id = reader.id(['id'], expectedId);
  const title = reader.string(['title'], { maxLength: 80 });
  const basedOn = reader.id(['basedOn']);
  if (basedOn) refs.links.push({ target: { kind: 'checklist', id: basedOn }, line: reader.source.lineOf(['basedOn']) });
  const roles = reader.roles(['roles']);
  const nations = reader.nations(['nations']);
  const sources = reader.sources(['sources'], { minOfficial: 0 });
  const reviewed = reader.date(['reviewed']);
  const sourceRevision = revision(reader);
  const points: EasyReadPage['points'] = [];
  const pointIds: { id: string | undefined; path: Path }[] = [];
  reader.list(['points'], { min: 1 }).forEach((_p, index) => {
    const path = ['points', index];
    reader.onlyKeys(path, ['id', 'icon', 'text']);
    const pointId = reader.id([...path, 'id']);
    pointIds.push({ id: pointId, path: [...path, 'id'] });
    const icon = reader.oneOf([...path, 'icon'], EASY_READ_ICONS);
    const pointText = inlineField(reader, refs, [...path, 'text']);
    if (pointId && icon && pointText) points.push({ id: pointId, icon, text: pointText });
  });
  uniqueIds(reader, pointIds, 'point');
  if (sink.errors.length || !id || !title || !basedOn || !roles || !nations || !reviewed) {
    return { value: null, refs, errors: sink.errors, sourceRevision };
  }
  return { value: { id, title, basedOn, roles, nations, sources, reviewed, points, translation: 'original' }, refs, errors: [], sourceRevision };
}

export function compileGlossary(file: string, text: string): Compiled<GlossaryTerm[]> {
  const { sink, refs, reader } = startYaml(file, text);
  if (!reader) return { value: null, refs, errors: sink.errors };
  reader.onlyKeys([], ['terms', 'sourceRevision']);
  const sourceRevision = revision(reader);
  const terms: GlossaryTerm[] = [];
  const ids: { id: string | undefined; path: Path }[] = [];
  reader.list(['terms'], { min: 1 }).forEach((_t, index) => {
    const path = ['terms', index];
    reader.onlyKeys(path, ['id', 'term', 'definition', 'aliases', 'guide']);
    const id = reader.id([...path, 'id']);
    ids.push({ id, path: [...path, 'id'] });
    const term = reader.string([...path, 'term']);
    const definition = inlineField(reader, refs, [...path, 'definition']);
    const aliases = reader.list([...path, 'aliases'], { required: false }).filter((a, i) => {
      if (typeof a === 'string') return true;
      reader.fail([...path, 'aliases', i], 'must be text');
      return false;
    }) as string[];
    const guide = reader.guideRef([...path, 'guide']);
    if (guide) refs.links.push({ target: { kind: 'guide', ...guide }, line: reader.source.lineOf([...path, 'guide']) });
    if (id && term && definition) terms.push(guide ? { id, term, definition, aliases, guide } : { id, term, definition, aliases });
  });
  uniqueIds(reader, ids, 'term');
  if (sink.errors.length) return { value: null, refs, errors: sink.errors, sourceRevision };
  return { value: terms, refs, errors: [], sourceRevision };
}
