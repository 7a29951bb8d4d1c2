/**
 * `npm run content`: validate all content and write src/content/generated/. Exits non-zero, naming
 * file, line, field and reason, when anything is wrong, so a broken file can never ship.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { todayInUk } from '../../src/domain/shared/iso-date';
import { LOCALES } from '../../src/i18n/locales';
import { formatContentError } from './content-error';
import { buildContent, type LocaleReport } from './build-content-lib';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const outDir = join(root, 'src/content/generated');

export function formatReports(reports: readonly LocaleReport[]): string {
  const lines = ['locale  coverage  files     stale  missing UI keys'];
  for (const r of reports) {
    lines.push(
      `${r.locale.padEnd(7)} ${`${r.coverage}%`.padStart(8)}  ${`${r.translated}/${r.total}`.padEnd(8)}  ${String(r.stale.length).padStart(5)}  ${r.missingUiKeys.length}`,
    );
  }
  return lines.join('\n');
}

function main(): void {
  const started = Date.now();
  const result = buildContent({ contentDir: join(root, 'content'), locales: LOCALES.map((l) => l.code), shipped: LOCALES.filter((l) => l.shipped).map((l) => l.code), today: todayInUk() });
  if (result.errors.length > 0) {
    console.error(`Content has ${result.errors.length} problem(s):`);
    for (const error of result.errors) console.error(`  ${formatContentError({ ...error, file: error.file.replace(`${root}/`, '') })}`);
    process.exit(1);
  }
  rmSync(outDir, { recursive: true, force: true });
  for (const [path, value] of result.outputs) {
    const file = join(outDir, path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, JSON.stringify(value));
  }
  console.log(formatReports(result.reports));
  console.log(`Content compiled for ${result.reports.length} locale(s) in ${Date.now() - started} ms.`);
}

main();
