/**
 * `npm run i18n:status`: coverage and staleness per locale, compared with the English, in a table.
 * Exits non-zero when content is invalid.
 */
import { join, resolve } from 'node:path';
import { todayInUk } from '../../src/domain/shared/iso-date';
import { LOCALES } from '../../src/i18n/locales';
import { buildContent } from './build-content-lib';
import { formatContentError } from './content-error';

const root = resolve(import.meta.dirname, '../..');
const result = buildContent({ contentDir: join(root, 'content'), locales: LOCALES.map((l) => l.code), shipped: LOCALES.filter((l) => l.shipped).map((l) => l.code), today: todayInUk() });

console.log('locale  language              coverage  files    stale  missing UI keys  reviewed by a translator');
for (const report of result.reports) {
  const info = LOCALES.find((l) => l.code === report.locale)!;
  const index = result.outputs.get(`${report.locale}/index.json`) as { status: { humanReviewed: boolean } } | undefined;
  console.log(
    `${report.locale.padEnd(7)} ${info.englishName.padEnd(20)} ${`${report.coverage}%`.padStart(8)}  ${`${report.translated}/${report.total}`.padEnd(7)}  ${String(report.stale.length).padStart(5)}  ${String(report.missingUiKeys.length).padStart(15)}  ${index?.status.humanReviewed ? 'yes' : 'no'}`,
  );
}
for (const locale of LOCALES.filter((l) => !result.reports.some((r) => r.locale === l.code))) {
  console.log(`${locale.code.padEnd(7)} ${locale.englishName.padEnd(20)} ${'0%'.padStart(8)}  not started`);
}
for (const report of result.reports) {
  if (report.stale.length) console.log(`\n${report.locale}: stale (English changed since translated): ${report.stale.join(', ')}`);
  if (report.missing.length) console.log(`\n${report.locale}: not translated: ${report.missing.join(', ')}`);
  if (report.missingUiKeys.length) console.log(`\n${report.locale}: UI keys not translated: ${report.missingUiKeys.slice(0, 20).join(', ')}${report.missingUiKeys.length > 20 ? ' …' : ''}`);
}
if (result.errors.length) {
  console.error(`\nContent has ${result.errors.length} problem(s):`);
  result.errors.forEach((error) => console.error(`  ${formatContentError(error)}`));
  process.exit(1);
}
