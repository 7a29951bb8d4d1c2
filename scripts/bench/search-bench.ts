/**
 * Search speed on the real English content: builds the index with src/content/search exactly as
 * the app does, then times ~50 queries people actually type (including misspellings), each with
 * its first page of highlighted results. Budget: under 50 ms for every query.
 *
 * `npx tsx scripts/bench/search-bench.ts` prints the figures and exits non-zero when over budget.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Guide, LocaleIndex } from '../../src/content/model';
import { buildSearchDocuments, createSearchIndex } from '../../src/content/search';

export const SEARCH_BUDGET_MS = 50;

export const BENCH_QUERIES: readonly string[] = [
  // What PAs ask
  'sleep-in', 'sleep in pay', 'holiday pay', 'holiday irregular hours', 'minimum wage', 'minimum wage travel',
  'travel time between visits', 'training time paid', 'am I paid enough', 'payslip', 'deductions from pay',
  'uniform deduction', 'accommodation offset', 'arrears owed', 'sick pay', 'SSP', 'pension', 'opt out pension',
  'my employer died', 'notice period', 'redundancy pay', 'unfair dismissal', 'union', 'tribunal', 'Acas',
  'hurt my back lifting', 'insurance injured', 'who pays for my DBS', 'DBS', 'PVG', 'AccessNI',
  // What employers ask
  'employers liability insurance', 'insurance certificate', 'risk assessment', 'hoist', 'moving and handling',
  'written statement', 'contract', 'job advert', 'interview questions', 'right to work check', 'direct payment rate',
  'PAYE', 'national insurance', 'auto enrolment', 'RIDDOR', 'LOLER', 'lone working', 'first aid', 'family member',
  // Misspellings and fragments
  'insurence', 'holliday', 'pention', 'minimun wage', 'dismisal', 'redundancey', 'safegaurding', 'emplyer', 'wag',
  'ins', 'p',
];

export interface SearchBenchResult {
  queries: number;
  medianMs: number;
  p95Ms: number;
  maxMs: number;
  documents: number;
}

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const generated = join(root, 'src/content/generated/en');

function readEnglishContent(): { index: LocaleIndex; guides: Guide[] } {
  if (!existsSync(join(generated, 'index.json'))) {
    const built = spawnSync('npx', ['tsx', 'scripts/content/build-content.ts'], { cwd: root, stdio: 'inherit' });
    if (built.status !== 0) throw new Error('The content build failed, so there is nothing to search.');
  }
  const index = JSON.parse(readFileSync(join(generated, 'index.json'), 'utf8')) as LocaleIndex;
  const guides = readdirSync(join(generated, 'guides'))
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => JSON.parse(readFileSync(join(generated, 'guides', name), 'utf8')) as Guide);
  return { index, guides };
}

function percentile(sorted: readonly number[], share: number): number {
  if (sorted.length === 0) return 0;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(share * sorted.length) - 1));
  return sorted[rank]!;
}

const round = (ms: number) => Math.round(ms * 100) / 100;

interface DetailedResult extends SearchBenchResult {
  buildMs: number;
  slowest: { query: string; ms: number; hits: number }[];
}

async function runBench(): Promise<DetailedResult> {
  const { index, guides } = readEnglishContent();
  const started = performance.now();
  const documents = buildSearchDocuments(index, guides, { localeTag: 'en-GB' });
  const search = createSearchIndex(documents, { locale: 'en', localeTag: 'en-GB' });
  const buildMs = performance.now() - started;
  // One query first, as the app's page would have run one before a person's second search.
  search.search('warm up');
  const timings = BENCH_QUERIES.map((query) => {
    const before = performance.now();
    const results = search.search(query);
    return { query, ms: performance.now() - before, hits: results.total };
  });
  const sorted = timings.map((t) => t.ms).sort((a, b) => a - b);
  return {
    queries: timings.length,
    medianMs: round(percentile(sorted, 0.5)),
    p95Ms: round(percentile(sorted, 0.95)),
    maxMs: round(sorted.at(-1) ?? 0),
    documents: documents.length,
    buildMs: round(buildMs),
    slowest: [...timings].sort((a, b) => b.ms - a.ms).slice(0, 5).map((t) => ({ ...t, ms: round(t.ms) })),
  };
}

/** Times the benchmark queries against the compiled English content. */
export async function benchSearch(): Promise<SearchBenchResult> {
  const { queries, medianMs, p95Ms, maxMs, documents } = await runBench();
  return { queries, medianMs, p95Ms, maxMs, documents };
}

async function main(): Promise<void> {
  const result = await runBench();
  console.log(`Search benchmark: ${result.queries} queries over ${result.documents} documents (English)`);
  console.log(`  index built in ${result.buildMs} ms`);
  console.log(`  median ${result.medianMs} ms, p95 ${result.p95Ms} ms, max ${result.maxMs} ms (budget: under ${SEARCH_BUDGET_MS} ms a query)`);
  console.log(`  slowest: ${result.slowest.map((s) => `"${s.query}" ${s.ms} ms (${s.hits} hits)`).join(', ')}`);
  if (result.maxMs >= SEARCH_BUDGET_MS) {
    console.log(`✗ Over budget: the slowest query took ${result.maxMs} ms.`);
    process.exit(1);
  }
  console.log('✓ Every query within budget.');
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
