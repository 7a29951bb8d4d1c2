import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildContent, revisionOf } from './build-content-lib';
import type { Guide, LocaleIndex } from '../../src/content/model';

const TODAY = '2026-11-23';
let dirs: string[] = [];

const GUIDE = `---
id: pay
title: Pay
summary: What you must be paid.
topic: core
roles: [pa, employer]
nations: [england, wales, scotland, northern-ireland]
sources:
  - title: National Minimum Wage rates
    url: https://www.gov.uk/national-minimum-wage-rates
reviewed: 2026-11-23
---

Intro with {{rate:nmw.21_and_over}} an hour and a [[sleep-in]].

## Working time {#working-time}

- Travel between visits counts.
- See [the check](tool:minimum-wage) and [holiday](guide:pay#working-time).

:::only nations=scotland
Only in Scotland.
:::
`;

const CHECKLIST = `id: start
title: Before your PA starts
summary: Things to do.
roles: [employer]
nations: [england, wales, scotland, northern-ireland]
reviewed: 2026-11-23
sources:
  - title: Employing someone to work in your home
    url: https://www.gov.uk/au-pairs-employment-law
items:
  - id: insurance
    action: Get insurance.
    why: It pays if your PA is hurt.
    guide: pay#working-time
`;

const GLOSSARY = `terms:
  - id: sleep-in
    term: Sleep-in
    definition: A night shift where the PA can sleep.
`;

function write(root: string, files: Record<string, string>): void {
  for (const [path, text] of Object.entries(files)) {
    const file = join(root, path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
  }
}

function fixture(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'fairpa-content-'));
  dirs.push(root);
  write(root, {
    'en/ui.json': JSON.stringify({ app: { name: 'FairPA' }, items_one: 'one', items_other: 'many' }),
    'en/glossary.yaml': GLOSSARY,
    'en/guides/pay.md': GUIDE,
    'en/checklists/start.yaml': CHECKLIST,
    ...files,
  });
  return root;
}

function build(root: string, locales = ['en']) {
  return buildContent({ contentDir: root, locales, shipped: ['en'], today: TODAY });
}

afterEach(() => {
  dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true }));
  dirs = [];
});

describe('content build', () => {
  it('compiles valid content into a safe block model with placeholders kept for render time', () => {
    const result = build(fixture({}));
    expect(result.errors).toEqual([]);
    const guide = result.outputs.get('en/guides/pay.json') as Guide;
    expect(guide.sections).toEqual([{ id: 'working-time', title: 'Working time' }]);
    expect(JSON.stringify(guide.blocks)).toContain('{"t":"rate","key":"nmw.21_and_over"}');
    expect(JSON.stringify(guide.blocks)).toContain('{"t":"term","id":"sleep-in","c":[]}');
    expect(guide.blocks.some((b) => b.t === 'only' && b.audience.nations?.[0] === 'scotland')).toBe(true);
    const index = result.outputs.get('en/index.json') as LocaleIndex;
    expect(index.checklists[0]?.items[0]?.guide).toEqual({ id: 'pay', section: 'working-time' });
  });

  it.each([
    ['raw HTML', GUIDE.replace('Only in Scotland.', '<script>alert(1)</script>'), /raw HTML is not allowed/],
    ['an unknown rate placeholder', GUIDE.replace('nmw.21_and_over', 'nmw.made_up'), /unknown rate placeholder \{\{rate:nmw\.made_up\}\}/],
    ['a rate with no value today', GUIDE.replace('nmw.21_and_over', 'nmw.25_and_over'), /has no value in force on 2026-11-23/],
    ['a glossary term that does not exist', GUIDE.replace('[[sleep-in]]', '[[no-such-term]]'), /\[\[no-such-term\]\] is not in the glossary/],
    ['a heading without an id', GUIDE.replace(' {#working-time}', ''), /every ## heading needs a stable id/],
    ['a missing title', GUIDE.replace('title: Pay\n', ''), /is required/],
    ['a bad date', GUIDE.replace('reviewed: 2026-11-23', 'reviewed: 2026-02-30'), /is not a real date/],
    ['an unofficial-only source list', GUIDE.replace('https://www.gov.uk/national-minimum-wage-rates', 'https://example.com/pay'), /official source/],
    ['an http link', GUIDE.replace('(tool:minimum-wage)', '(http://example.com)'), /must use https/],
    ['a link to a missing section', GUIDE.replace('guide:pay#working-time', 'guide:pay#nowhere'), /no such section/],
    ['an unclosed block', GUIDE.replace('Only in Scotland.\n:::', 'Only in Scotland.'), /never closed/],
    ['an unknown nation', GUIDE.replace('nations=scotland', 'nations=narnia'), /nations= takes/],
    ['an id that does not match the file name', GUIDE.replace('id: pay', 'id: wages'), /must match the file name/],
    ['a broken placeholder', GUIDE.replace('{{rate:nmw.21_and_over}}', '{{rate nmw}}'), /not a valid placeholder/],
  ])('refuses a guide with %s, naming the file and line', (_name, text, reason) => {
    const result = build(fixture({ 'en/guides/pay.md': text }));
    const error = result.errors.find((e) => reason.test(e.reason));
    expect(error, JSON.stringify(result.errors)).toBeDefined();
    expect(error?.file).toMatch(/en\/guides\/pay\.md$/);
  });

  it('reports the line of a body error', () => {
    const result = build(fixture({ 'en/guides/pay.md': GUIDE.replace('Only in Scotland.', '<b>x</b>') }));
    const error = result.errors.find((e) => /raw HTML/.test(e.reason));
    expect(error?.line).toBe(GUIDE.split('\n').findIndex((l) => l === 'Only in Scotland.') + 1);
  });

  it('reports the field of a missing checklist value, at the line of its item', () => {
    const result = build(fixture({ 'en/checklists/start.yaml': CHECKLIST.replace('    why: It pays if your PA is hurt.\n', '') }));
    expect(result.errors).toContainEqual(expect.objectContaining({ field: 'items.0.why', reason: 'is required', line: 11 }));
  });

  it('reports YAML that cannot be read and duplicate item ids', () => {
    const bad = build(fixture({ 'en/checklists/start.yaml': 'id: [unclosed' }));
    expect(bad.errors.some((e) => /YAML cannot be read/.test(e.reason))).toBe(true);
    const dup = build(fixture({ 'en/checklists/start.yaml': `${CHECKLIST}  - id: insurance\n    action: Again.\n    why: Twice.\n` }));
    expect(dup.errors.some((e) => /used twice/.test(e.reason))).toBe(true);
  });

  it('reports what a translation is missing, what it adds, and when it is stale', () => {
    const english = GUIDE;
    const welshGuide = GUIDE.replace('---\n', `---\nsourceRevision: ${revisionOf(english)}\n`).replace('Intro with', 'Cyflwyniad gyda');
    const result = build(
      fixture({
        'cy/locale.yaml': 'humanReviewed: false\n',
        'cy/ui.json': JSON.stringify({ app: { name: 'FairPA' }, extra: 'x', items_few: 'ychydig' }),
        'cy/guides/pay.md': welshGuide,
        'cy/guides/unknown.md': welshGuide.replace('id: pay', 'id: unknown'),
      }),
      ['en', 'cy'],
    );
    const welsh = result.reports.find((r) => r.locale === 'cy')!;
    expect(welsh.missing).toEqual(['checklists/start', 'glossary']);
    expect(welsh.missingUiKeys).toEqual([]);
    expect(welsh.stale).toEqual([]);
    expect(result.errors.some((e) => /keys not in the English UI strings: extra/.test(e.reason))).toBe(true);
    expect(result.errors.some((e) => /no English guides file "unknown"/.test(e.reason))).toBe(true);
    const index = result.outputs.get('cy/index.json') as LocaleIndex;
    expect(index.guides[0]?.translation).toBe('current');
    expect(index.checklists[0]?.translation).toBe('missing');
    expect(index.status.humanReviewed).toBe(false);

    const stale = build(fixture({ 'cy/locale.yaml': 'humanReviewed: false\n', 'cy/ui.json': '{}', 'cy/guides/pay.md': welshGuide.replace(/sourceRevision: \w+/, 'sourceRevision: 000000000000') }), ['en', 'cy']);
    expect(stale.reports.find((r) => r.locale === 'cy')?.stale).toEqual(['guides/pay']);
  });

  it('uses a translated glossary and counts it as translated', () => {
    const welshGlossary = `sourceRevision: ${revisionOf(GLOSSARY)}\n${GLOSSARY.replace('term: Sleep-in', 'term: Shifft cysgu i mewn')}`;
    const result = build(fixture({ 'cy/locale.yaml': 'humanReviewed: false\n', 'cy/ui.json': '{}', 'cy/glossary.yaml': welshGlossary }), ['en', 'cy']);
    expect(result.errors).toEqual([]);
    const index = result.outputs.get('cy/index.json') as LocaleIndex;
    expect(index.glossary[0]?.term).toBe('Shifft cysgu i mewn');
    expect(result.reports.find((r) => r.locale === 'cy')?.missing).not.toContain('glossary');
  });

  it('refuses a shipped locale that is not fully translated', () => {
    const result = buildContent({ contentDir: fixture({ 'cy/locale.yaml': 'humanReviewed: false\n', 'cy/ui.json': '{}' }), locales: ['en', 'cy'], shipped: ['en', 'cy'], today: TODAY });
    expect(result.errors.some((e) => /locale "cy" is shipped but only/.test(e.reason))).toBe(true);
  });

  it('refuses a translation that drops a section id', () => {
    const welsh = GUIDE.replace('---\n', `---\nsourceRevision: ${revisionOf(GUIDE)}\n`).replace('{#working-time}', '{#amser-gwaith}');
    const result = build(fixture({ 'cy/locale.yaml': 'humanReviewed: false\n', 'cy/ui.json': '{}', 'cy/guides/pay.md': welsh }), ['en', 'cy']);
    expect(result.errors.some((e) => /ids missing compared with the English: working-time/.test(e.reason))).toBe(true);
  });

  it('refuses a content folder that is not a listed locale', () => {
    const result = build(fixture({ 'xx/ui.json': '{}' }));
    expect(result.errors.some((e) => /"xx" is not a locale/.test(e.reason))).toBe(true);
  });
});
