/**
 * Storage figures, measured in real Chromium against the built app (offline, served by Vite's
 * preview server): a device holding 10,000 shifts, 2,000 visits (with 2,000 follow-up actions)
 * and 5,000 checklist answers. Measures how long each list takes to show its first rows after
 * the reader opens it, how long "Download everything" and importing that file take, how long
 * turning the passphrase lock on takes and the shift list then, and the database's size.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { preview } from 'vite';
import { launchPersistent } from '../../tests/e2e/browser';

const root = resolve(import.meta.dirname, '../..');

export interface StorageBenchRow {
  name: string;
  value: number;
  budget: number | null;
  unit: 'ms' | 'MB' | 's' | 'KB' | '';
}

export const SHIFTS = 10_000;
export const VISITS = 2_000;
export const ANSWERS = 5_000;
const FIRST_ROWS_BUDGET_MS = 200;
const REPEATS = 5;
const PASSPHRASE = 'bench kettle river lamp';

interface ChecklistSummary {
  id: string;
  items: { id: string }[];
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

/** Writes the records straight into IndexedDB, as the app itself stores them (lock off). */
async function seed(page: Page, checklists: ChecklistSummary[]): Promise<{ runIds: string[] }> {
  return page.evaluate(
    async ({ shifts, visits, answers, checklists }) => {
      const stamp = '2026-01-01T09:00:00.000Z';
      const day = (n: number) => new Date(Date.UTC(2000, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);
      const runs: object[] = [];
      const answerRows: object[] = [];
      for (let run = 0; answerRows.length < answers; run += 1) {
        const checklist = checklists[run % checklists.length]!;
        const id = `bench-run-${run}`;
        runs.push({ id, checklistId: checklist.id, label: `Copy ${run}`, createdAt: stamp, updatedAt: stamp });
        for (const item of checklist.items) {
          if (answerRows.length >= answers) break;
          answerRows.push({ runId: id, itemId: item.id, done: answerRows.length % 3 === 0, note: `Note ${answerRows.length}`, updatedAt: stamp });
        }
      }
      const tables: Record<string, object[]> = {
        settings: [{ key: 'preferences', value: { locale: 'en', nation: 'wales', role: 'rep' }, updatedAt: stamp }],
        shifts: Array.from({ length: shifts }, (_, n) => ({
          id: `bench-shift-${String(n).padStart(5, '0')}`,
          date: day(Math.floor(n / 2)),
          start: n % 2 ? '18:00' : '08:00',
          end: n % 2 ? '22:00' : '14:00',
          employer: n % 3 ? 'Mrs B' : 'Mr C',
          travelMinutes: n % 4 ? 20 : 0,
          trainingMinutes: 0,
          sleepIn: n % 10 === 0,
          sleepInAwakeMinutes: n % 10 === 0 ? 30 : 0,
          note: n % 5 ? '' : `Shift note ${n}`,
          createdAt: stamp,
          updatedAt: stamp,
        })),
        visits: Array.from({ length: visits }, (_, n) => ({
          id: `bench-visit-${String(n).padStart(4, '0')}`,
          date: day(n * 3),
          place: `Visit ${n}`,
          seen: `M${n}`,
          findings: `Findings for visit ${n}: travel time not paid, no payslips seen.`,
          checklistRunIds: [],
          savedResultIds: [],
          createdAt: stamp,
          updatedAt: stamp,
        })),
        followUps: Array.from({ length: visits }, (_, n) => ({
          id: `bench-follow-${n}`,
          visitId: `bench-visit-${String(n).padStart(4, '0')}`,
          action: `Follow up ${n}`,
          dueDate: day(n * 3 + 7),
          done: n % 2 === 0,
          createdAt: stamp,
          updatedAt: stamp,
        })),
        checklistRuns: runs,
        checklistAnswers: answerRows,
      };
      await new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('fairpa');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(Object.keys(tables), 'readwrite');
          for (const [name, rows] of Object.entries(tables)) {
            const store = tx.objectStore(name);
            for (const row of rows) store.put(row);
          }
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      });
      return { runIds: runs.map((run) => (run as { id: string }).id) };
    },
    { shifts: SHIFTS, visits: VISITS, answers: ANSWERS, checklists },
  );
}

/**
 * Opens a page the way a tap on a link does (the app's router, no reload) and times until the
 * first row is in the document.
 */
function timeToFirstRow(page: Page, path: string, selector: string): Promise<number> {
  return page.evaluate(
    ({ path, selector }) =>
      new Promise<number>((resolve, reject) => {
        const start = performance.now();
        const found = () => document.querySelector(selector) !== null;
        const observer = new MutationObserver(() => {
          if (found()) {
            observer.disconnect();
            resolve(performance.now() - start);
          }
        });
        observer.observe(document.body, { childList: true, subtree: true, attributes: true });
        history.pushState(null, '', path);
        dispatchEvent(new PopStateEvent('popstate', { state: null }));
        setTimeout(() => {
          observer.disconnect();
          reject(new Error(`${selector} did not appear on ${path} within 30 s`));
        }, 30_000);
      }),
    { path, selector },
  );
}

/** Leaves for a page with no records lists, in the app (no reload), and waits for it. */
async function goToNeutralPage(page: Page): Promise<void> {
  await page.evaluate(() => {
    history.pushState(null, '', '/en/glossary');
    dispatchEvent(new PopStateEvent('popstate', { state: null }));
  });
  await page.waitForFunction(() => location.pathname === '/en/glossary' && document.querySelector('h1')?.textContent === 'Words explained');
}

async function firstRows(page: Page, path: string, selector: string): Promise<number> {
  const times: number[] = [];
  for (let repeat = 0; repeat < REPEATS; repeat += 1) {
    await goToNeutralPage(page);
    times.push(await timeToFirstRow(page, path, selector));
  }
  return median(times);
}

async function timed(work: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await work();
  return performance.now() - started;
}

async function goOffline(context: BrowserContext, page: Page): Promise<void> {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await context.setOffline(true);
}

function builtApp(outDir: string): string {
  if (!existsSync(join(outDir, 'index.html'))) {
    execFileSync('npx', ['tsx', 'scripts/content/build-content.ts'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
    execFileSync('npx', ['vite', 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'error'], { cwd: root, stdio: 'inherit' });
  }
  return outDir;
}

export async function benchStorage(options: { outDir?: string } = {}): Promise<StorageBenchRow[]> {
  const outDir = builtApp(options.outDir ?? process.env.FAIRPA_BENCH_DIST ?? join(root, 'dist'));
  const checklists = (JSON.parse(readFileSync(join(root, 'src/content/generated/en/index.json'), 'utf8')) as { checklists: ChecklistSummary[] }).checklists;
  const server = await preview({ root, build: { outDir }, preview: { host: '127.0.0.1', port: 4390, strictPort: false }, logLevel: 'warn' });
  const url = server.resolvedUrls?.local[0]?.replace(/\/$/, '');
  if (!url) throw new Error('The preview server did not report a URL');
  const { context, close } = await launchPersistent();
  // tsx keeps function names by wrapping them in __name(), which does not exist in the page.
  await context.addInitScript({ content: 'globalThis.__name = globalThis.__name || ((fn) => fn);' });
  const folder = mkdtempSync(join(tmpdir(), 'fairpa-bench-'));
  const rows: StorageBenchRow[] = [];
  try {
    const page = await context.newPage();
    // First visit: the service worker installs and the database is created at today's schema.
    await page.goto(`${url}/en/settings`);
    await page.waitForFunction(() => document.querySelector('[data-testid="offline-status"]')?.textContent === 'Ready to use offline', undefined, { timeout: 60_000 });
    await goOffline(context, page);
    const { runIds } = await seed(page, checklists);
    await page.goto(`${url}/en/your-data`);
    await page.getByText('The lock is off.', { exact: true }).waitFor();
    const homeVisitRun = runIds.find((_, index) => checklists[index % checklists.length]?.id === 'home-visit');

    rows.push({ name: `First rows: shifts (${SHIFTS.toLocaleString('en-GB')})`, value: await firstRows(page, '/en/diary', '.shift-row'), budget: FIRST_ROWS_BUDGET_MS, unit: 'ms' });
    rows.push({ name: `First rows: visits (${VISITS.toLocaleString('en-GB')})`, value: await firstRows(page, '/en/visits', '[data-testid="visit-list"] li'), budget: FIRST_ROWS_BUDGET_MS, unit: 'ms' });
    rows.push({
      name: `First rows: checklist (${ANSWERS.toLocaleString('en-GB')} answers)`,
      value: await firstRows(page, `/en/checklists/home-visit?run=${homeVisitRun}`, '.checklist-item input:checked'),
      budget: FIRST_ROWS_BUDGET_MS,
      unit: 'ms',
    });

    const size = await page.evaluate(async () => {
      const estimate = (await navigator.storage.estimate()) as StorageEstimate & { usageDetails?: { indexedDB?: number } };
      return estimate.usageDetails?.indexedDB ?? estimate.usage ?? 0;
    });
    rows.push({ name: 'Database size (IndexedDB)', value: size, budget: null, unit: 'MB' });

    await page.goto(`${url}/en/your-data`);
    await page.getByRole('button', { name: 'Download everything' }).waitFor();
    let exportPath = '';
    const exportMs = await timed(async () => {
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download everything' }).click()]);
      exportPath = join(folder, 'export.json');
      await download.saveAs(exportPath);
    });
    rows.push({ name: 'Export everything (JSON)', value: exportMs, budget: 2000, unit: 'ms' });
    rows.push({ name: 'Export file size', value: readFileSync(exportPath).length, budget: null, unit: 'MB' });

    await page.getByRole('button', { name: 'Delete everything' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Yes, delete everything' }).click();
    await page.getByTestId('deleted').waitFor();
    const checkMs = await timed(async () => {
      await page.getByLabel('Choose a FairPA file').setInputFiles(exportPath);
      await page.getByTestId('import-preview').waitFor({ timeout: 30_000 });
    });
    const writeMs = await timed(async () => {
      await page.getByRole('button', { name: /^Import [\d,]+ records$/ }).click();
      await page.getByTestId('import-done').waitFor({ timeout: 30_000 });
    });
    rows.push({ name: 'Import: check the whole file and preview', value: checkMs, budget: null, unit: 'ms' });
    rows.push({ name: 'Import: write in one transaction', value: writeMs, budget: null, unit: 'ms' });
    rows.push({ name: 'Import everything (check, preview, write)', value: checkMs + writeMs, budget: 5000, unit: 'ms' });

    const lock = page.getByTestId('lock-section');
    await lock.getByLabel('New passphrase').fill(PASSPHRASE);
    await lock.getByLabel('Type the passphrase again').fill(PASSPHRASE);
    await lock.getByLabel(/I understand that if I forget the passphrase/).check();
    const lockMs = await timed(async () => {
      await lock.getByRole('button', { name: 'Turn on the lock' }).click();
      await lock.getByText(/The lock is on/).waitFor({ timeout: 120_000 });
    });
    rows.push({ name: 'Turn the lock on (seal every record)', value: lockMs, budget: null, unit: 'ms' });
    rows.push({ name: 'First rows: shifts, lock on (decrypting)', value: await firstRows(page, '/en/diary', '.shift-row'), budget: FIRST_ROWS_BUDGET_MS, unit: 'ms' });
  } finally {
    await close();
    await server.close();
    rmSync(folder, { recursive: true, force: true });
  }
  return rows;
}
