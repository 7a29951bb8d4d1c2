/**
 * Compiles FairPA's Markdown subset into the safe block model in src/content/model.ts.
 * Raw HTML, images and unknown syntax are refused with a line number, so nothing from a content
 * file can inject markup into the app.
 */
import { marked, type Token, type Tokens } from 'marked';
import { NATIONS, ROLES, isNation, isRole, type Nation, type Role } from '../../src/domain/shared/audience';
import { TOOL_IDS, type Block, type Inline, type LinkTarget, type ToolId } from '../../src/content/model';
import type { ErrorSink } from './content-error';

/** Everything a piece of text points at, so cross-file checks can run once all files are read. */
export interface References {
  rates: { key: string; line: number }[];
  terms: { id: string; line: number }[];
  links: { target: LinkTarget; line: number }[];
}

export function emptyReferences(): References {
  return { rates: [], terms: [], links: [] };
}

type Protected = { kind: 'rate'; key: string } | { kind: 'term'; id: string; text?: string };

const OPEN = '\uE000';
const CLOSE = '\uE001';
const PROTECTED_PATTERN = /\uE000(\d+)\uE001/g;
const RATE_PATTERN = /\{\{\s*rate:([a-z0-9_.]+)\s*\}\}/g;
const TERM_PATTERN = /\[\[([a-z0-9-]+)(?:\|([^\]|]+))?\]\]/g;

/** Swaps placeholders for private-use markers so Markdown parsing cannot split or mangle them. */
function protectPlaceholders(text: string, sink: ErrorSink, line: number, field?: string) {
  const table: Protected[] = [];
  let out = text.replace(RATE_PATTERN, (_m, key: string) => {
    table.push({ kind: 'rate', key });
    return `${OPEN}${table.length - 1}${CLOSE}`;
  });
  out = out.replace(TERM_PATTERN, (_m, id: string, shown?: string) => {
    table.push(shown === undefined ? { kind: 'term', id } : { kind: 'term', id, text: shown.trim() });
    return `${OPEN}${table.length - 1}${CLOSE}`;
  });
  const leftover = /\{\{[^}]*\}\}?|\[\[[^\]]*\]\]?/.exec(out);
  if (leftover) {
    sink.add(
      `"${leftover[0]}" is not a valid placeholder. Use {{rate:KEY}} for a legal figure or [[term-id]] / [[term-id|words]] for a glossary term.`,
      { line, field },
    );
  }
  return { text: out, table };
}

function parseLinkTarget(href: string): LinkTarget | string {
  if (/^https:\/\/[^\s]+$/.test(href)) return { kind: 'external', href };
  if (/^http:\/\//.test(href)) return 'links must use https://';
  const match = /^(guide|checklist|template|tool):([a-z0-9-]+)(?:#([a-z0-9-]+))?$/.exec(href);
  if (!match) {
    return 'links must be https:// addresses or guide:ID#section, checklist:ID, template:ID or tool:ID';
  }
  const [, kind, id, section] = match as unknown as [string, string, string, string | undefined];
  if (kind === 'guide') return section ? { kind, id, section } : { kind, id };
  if (section) return `a ${kind} link cannot point at a section`;
  if (kind === 'tool') {
    if (!(TOOL_IDS as readonly string[]).includes(id)) return `unknown tool "${id}" (tools: ${TOOL_IDS.join(', ')})`;
    return { kind, id: id as ToolId };
  }
  return { kind: kind as 'checklist' | 'template', id };
}

interface InlineContext {
  sink: ErrorSink;
  refs: References;
  table: Protected[];
  line: number;
  field?: string;
}

function expandText(value: string, ctx: InlineContext): Inline[] {
  const out: Inline[] = [];
  let last = 0;
  for (const match of value.matchAll(PROTECTED_PATTERN)) {
    if (match.index > last) out.push({ t: 'text', v: value.slice(last, match.index) });
    const entry = ctx.table[Number(match[1])];
    if (entry?.kind === 'rate') {
      ctx.refs.rates.push({ key: entry.key, line: ctx.line });
      out.push({ t: 'rate', key: entry.key });
    } else if (entry?.kind === 'term') {
      ctx.refs.terms.push({ id: entry.id, line: ctx.line });
      out.push({ t: 'term', id: entry.id, c: entry.text ? [{ t: 'text', v: entry.text }] : [] });
    }
    last = match.index + match[0].length;
  }
  if (last < value.length) out.push({ t: 'text', v: value.slice(last) });
  return out;
}

function compileInlineTokens(tokens: readonly Token[] | undefined, ctx: InlineContext): Inline[] {
  const out: Inline[] = [];
  for (const token of tokens ?? []) {
    switch (token.type) {
      case 'text':
      case 'escape': {
        const text = token as Tokens.Text;
        if (text.tokens && text.tokens.length > 0) out.push(...compileInlineTokens(text.tokens, ctx));
        else out.push(...expandText(text.text, ctx));
        break;
      }
      case 'strong':
        out.push({ t: 'strong', c: compileInlineTokens((token as Tokens.Strong).tokens, ctx) });
        break;
      case 'em':
        out.push({ t: 'em', c: compileInlineTokens((token as Tokens.Em).tokens, ctx) });
        break;
      case 'codespan':
        out.push({ t: 'code', v: (token as Tokens.Codespan).text });
        break;
      case 'br':
        out.push({ t: 'br' });
        break;
      case 'link': {
        const link = token as Tokens.Link;
        const target = parseLinkTarget(link.href);
        if (typeof target === 'string') {
          ctx.sink.add(`link "${link.href}": ${target}`, { line: ctx.line, field: ctx.field });
          out.push(...compileInlineTokens(link.tokens, ctx));
        } else {
          ctx.refs.links.push({ target, line: ctx.line });
          out.push({ t: 'link', to: target, c: compileInlineTokens(link.tokens, ctx) });
        }
        break;
      }
      case 'html':
        ctx.sink.add(`raw HTML is not allowed ("${token.raw.trim()}"); write plain Markdown`, { line: ctx.line, field: ctx.field });
        break;
      case 'image':
        ctx.sink.add('images are not allowed in content', { line: ctx.line, field: ctx.field });
        break;
      case 'del':
        out.push(...compileInlineTokens((token as Tokens.Del).tokens, ctx));
        break;
      default:
        ctx.sink.add(`unsupported inline Markdown "${token.type}"`, { line: ctx.line, field: ctx.field });
    }
  }
  return mergeText(out);
}

function mergeText(nodes: Inline[]): Inline[] {
  const out: Inline[] = [];
  for (const node of nodes) {
    const previous = out[out.length - 1];
    if (node.t === 'text' && previous?.t === 'text') previous.v += node.v;
    else out.push(node);
  }
  return out;
}

/** Compiles one short text field (a checklist action, a hint, a definition) to inline nodes. */
export function compileInlineText(source: string, sink: ErrorSink, refs: References, line: number, field: string): Inline[] {
  const { text, table } = protectPlaceholders(source.trim(), sink, line, field);
  const tokens = marked.lexer(text);
  const ctx: InlineContext = { sink, refs, table, line, field };
  const out: Inline[] = [];
  for (const token of tokens) {
    if (token.type === 'paragraph') {
      if (out.length > 0) out.push({ t: 'br' });
      out.push(...compileInlineTokens((token as Tokens.Paragraph).tokens, ctx));
    } else if (token.type !== 'space') {
      sink.add(`only inline text is allowed here, not a ${token.type}`, { line, field });
    }
  }
  return mergeText(out);
}

const HEADING_ID = /\s*\{#([a-z0-9-]+)\}\s*$/;

function compileBlockTokens(tokens: readonly Token[], ctx: InlineContext, startLine: number): Block[] {
  const blocks: Block[] = [];
  let line = startLine;
  for (const token of tokens) {
    const here = { ...ctx, line };
    switch (token.type) {
      case 'space':
        break;
      case 'paragraph':
        blocks.push({ t: 'p', c: compileInlineTokens((token as Tokens.Paragraph).tokens, here) });
        break;
      case 'heading': {
        const heading = token as Tokens.Heading;
        if (heading.depth !== 2 && heading.depth !== 3) {
          ctx.sink.add(`only ## and ### headings are allowed (found a level ${heading.depth} heading)`, { line });
          break;
        }
        const idMatch = HEADING_ID.exec(heading.text);
        if (heading.depth === 2 && !idMatch) {
          ctx.sink.add('every ## heading needs a stable id at its end, like {#what-counts}', { line });
        }
        const inner = marked.lexer(heading.text.replace(HEADING_ID, ''));
        const paragraph = inner.find((t) => t.type === 'paragraph') as Tokens.Paragraph | undefined;
        const block: Block = { t: 'h', level: heading.depth, c: compileInlineTokens(paragraph?.tokens, here) };
        if (idMatch) block.id = idMatch[1];
        blocks.push(block);
        break;
      }
      case 'list': {
        const list = token as Tokens.List;
        let itemLine = line;
        blocks.push({
          t: 'list',
          ordered: list.ordered,
          items: list.items.map((item) => {
            const compiled = compileBlockTokens(item.tokens, { ...here, line: itemLine }, itemLine);
            itemLine += (item.raw.match(/\n/g) ?? []).length;
            return compiled;
          }),
        });
        break;
      }
      case 'text': {
        // Tight list items hold "text" tokens rather than paragraphs.
        const text = token as Tokens.Text;
        blocks.push({ t: 'p', c: compileInlineTokens(text.tokens ?? [text], here) });
        break;
      }
      case 'table': {
        const table = token as Tokens.Table;
        blocks.push({
          t: 'table',
          head: table.header.map((cell) => compileInlineTokens(cell.tokens, here)),
          rows: table.rows.map((row) => row.map((cell) => compileInlineTokens(cell.tokens, here))),
        });
        break;
      }
      case 'html':
        ctx.sink.add(`raw HTML is not allowed ("${token.raw.trim().slice(0, 40)}"); write plain Markdown`, { line });
        break;
      default:
        ctx.sink.add(`unsupported Markdown "${token.type}" (use paragraphs, ## headings, lists and tables)`, { line });
    }
    line += (token.raw.match(/\n/g) ?? []).length;
  }
  return blocks;
}

const BLOCK_OPEN = /^:::(only|note|warning)(?:\s+(.*))?$/;
const BLOCK_CLOSE = /^:::\s*$/;

function parseAudience(args: string, sink: ErrorSink, line: number) {
  const audience: { nations?: Nation[]; roles?: Role[] } = {};
  for (const part of args.split(/\s+/).filter(Boolean)) {
    const [name, list] = part.split('=') as [string, string | undefined];
    const values = (list ?? '').split(',').filter(Boolean);
    if (name === 'nations') {
      const bad = values.filter((v) => !isNation(v));
      if (bad.length || !values.length) sink.add(`:::only nations= takes ${NATIONS.join(', ')} (found "${list ?? ''}")`, { line });
      audience.nations = values.filter(isNation);
    } else if (name === 'roles') {
      const bad = values.filter((v) => !isRole(v));
      if (bad.length || !values.length) sink.add(`:::only roles= takes ${ROLES.join(', ')} (found "${list ?? ''}")`, { line });
      audience.roles = values.filter(isRole);
    } else {
      sink.add(`:::only takes nations=… and roles=…, not "${part}"`, { line });
    }
  }
  if (!audience.nations && !audience.roles) sink.add(':::only needs nations=… or roles=…', { line });
  return audience;
}

/** Compiles a guide body. `firstLine` is the file line the body starts on, for error messages. */
export function compileMarkdownBody(body: string, firstLine: number, sink: ErrorSink, refs: References): Block[] {
  const lines = body.split('\n');
  const blocks: Block[] = [];
  let buffer: string[] = [];
  let bufferStart = firstLine;
  let open: { kind: string; args: string; line: number; blocks: Block[] } | null = null;

  const flush = (nextStart: number) => {
    if (buffer.length) {
      const { text, table } = protectPlaceholders(buffer.join('\n'), sink, bufferStart);
      const ctx: InlineContext = { sink, refs, table, line: bufferStart };
      const compiled = compileBlockTokens(marked.lexer(text), ctx, bufferStart);
      (open ? open.blocks : blocks).push(...compiled);
    }
    buffer = [];
    bufferStart = nextStart;
  };

  lines.forEach((raw, index) => {
    const lineNumber = firstLine + index;
    const opening = BLOCK_OPEN.exec(raw.trim());
    if (opening) {
      flush(lineNumber + 1);
      if (open) sink.add(`:::${opening[1]} opened inside :::${open.kind} (line ${open.line}); blocks do not nest`, { line: lineNumber });
      open = { kind: opening[1]!, args: opening[2] ?? '', line: lineNumber, blocks: [] };
      return;
    }
    if (BLOCK_CLOSE.test(raw.trim())) {
      flush(lineNumber + 1);
      if (!open) {
        sink.add('::: closes a block that was never opened', { line: lineNumber });
        return;
      }
      const done: { kind: string; args: string; line: number; blocks: Block[] } = open;
      open = null;
      if (done.kind === 'only') blocks.push({ t: 'only', audience: parseAudience(done.args, sink, done.line), c: done.blocks });
      else blocks.push({ t: 'callout', kind: done.kind as 'note' | 'warning', c: done.blocks });
      return;
    }
    if (buffer.length === 0) bufferStart = lineNumber;
    buffer.push(raw);
  });
  flush(firstLine + lines.length);
  if (open) {
    const unclosed = open as { kind: string; line: number };
    sink.add(`:::${unclosed.kind} is never closed with :::`, { line: unclosed.line });
  }
  return blocks;
}
