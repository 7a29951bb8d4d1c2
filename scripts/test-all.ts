/**
 * `npm test`: every check, in order, stopping at the first failure. Prints one closing line
 * ("tests: N passed, N failed") counting unit and browser tests, so CI can tell a real run from an
 * empty one.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const results = join(root, 'test-results');
mkdirSync(results, { recursive: true });

function run(title: string, command: string, args: string[]): string {
  console.log(`\n▶ ${title}`);
  const started = Date.now();
  const child = spawnSync(command, args, { cwd: root, stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8', env: process.env });
  process.stdout.write(child.stdout ?? '');
  if (child.status !== 0) {
    console.error(`\n✗ ${title} failed (exit ${child.status ?? child.signal}).`);
    console.log(`tests: 0 passed, 1 failed`);
    process.exit(1);
  }
  console.log(`✓ ${title} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  return child.stdout ?? '';
}

const npx = 'npx';
run('Content: validate and compile every locale', npx, ['tsx', 'scripts/content/build-content.ts']);
run('Plain English: sentence length and glossary coverage', npx, ['tsx', 'scripts/content/plain-english.ts']);
run('Types: tsc --noEmit', npx, ['tsc', '--noEmit', '-p', 'tsconfig.json']);
run('Lint: eslint', npx, ['eslint', '--max-warnings', '0', '.']);
const unitReport = join(results, 'unit.json');
run('Unit tests: vitest (with 100% coverage of src/domain)', npx, ['vitest', 'run', '--coverage', '--reporter=default', '--reporter=json', `--outputFile.json=${unitReport}`]);
run('Build the production app', npx, ['vite', 'build', '--logLevel', 'warn']);
const e2eOutput = run('Browser tests: Chromium, offline', npx, ['tsx', 'tests/e2e/run-e2e.ts']);

const unit = existsSync(unitReport) ? (JSON.parse(readFileSync(unitReport, 'utf8')) as { numPassedTests: number; numFailedTests: number }) : { numPassedTests: 0, numFailedTests: 0 };
const e2e = /e2e: (\d+) passed, (\d+) failed/.exec(e2eOutput);
const passed = unit.numPassedTests + Number(e2e?.[1] ?? 0);
const failed = unit.numFailedTests + Number(e2e?.[2] ?? 0);
if (!e2e || unit.numPassedTests === 0) {
  console.error('A test stage reported no tests: that is a failure, not a pass.');
  console.log(`tests: ${passed} passed, ${failed + 1} failed`);
  process.exit(1);
}
console.log(`\ntests: ${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
