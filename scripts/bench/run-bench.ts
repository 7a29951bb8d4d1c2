/**
 * `npm run bench`: measures speed and size against budgets and prints a table. Exits non-zero when
 * any figure is over its budget. Benchmarks, not tests: they run on demand, not in `npm test`.
 */
import { benchAppSize } from './app-size-bench';
import { benchSearch } from './search-bench';
import { benchStorage } from './storage-bench';

interface Row {
  name: string;
  value: number;
  budget: number | null;
  unit: 'KB' | 'MB' | 's' | 'ms' | '';
}

function format(row: Row): string {
  const shown = (n: number) => (row.unit === 'KB' ? (n / 1024).toFixed(1) : row.unit === 'MB' ? (n / 1024 / 1024).toFixed(2) : n.toFixed(row.unit === 's' ? 1 : 1));
  const budget = row.budget === null ? '—' : `${shown(row.budget)} ${row.unit}`;
  const status = row.budget === null ? '' : row.value <= row.budget ? 'ok' : 'OVER BUDGET';
  return `${row.name.padEnd(44)} ${`${shown(row.value)} ${row.unit}`.padStart(12)}   budget ${budget.padStart(10)}   ${status}`;
}

const rows: Row[] = [];
const size = benchAppSize();
rows.push({ name: 'Home route first-load JS (gzip)', value: size.firstLoadJsGzipBytes, budget: 150 * 1024, unit: 'KB' });
rows.push({ name: 'Home route first-load CSS (gzip)', value: size.firstLoadCssGzipBytes, budget: null, unit: 'KB' });
rows.push({ name: `Precache download, gzip (${size.precacheEntries} files)`, value: size.precacheGzipBytes, budget: 3 * 1024 * 1024, unit: 'MB' });
rows.push({ name: 'Precache stored on the device (all languages)', value: size.precacheBytes, budget: null, unit: 'MB' });
rows.push({ name: 'Production build time', value: size.buildSeconds, budget: null, unit: 's' });

rows.push(...(await benchStorage()));

const search = await benchSearch();
rows.push({ name: `Search: median query (${search.queries} queries, ${search.documents} docs)`, value: search.medianMs, budget: null, unit: 'ms' });
rows.push({ name: 'Search: slowest query', value: search.maxMs, budget: 50, unit: 'ms' });

console.log('\nFairPA benchmarks');
for (const row of rows) console.log(format(row));
const over = rows.filter((row) => row.budget !== null && row.value > row.budget);
if (over.length) {
  console.error(`\n${over.length} figure(s) over budget: ${over.map((r) => r.name).join(', ')}`);
  process.exit(1);
}
console.log('\nAll figures within budget.');
