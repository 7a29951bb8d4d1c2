/**
 * Records journey, offline in real Chromium: a rep's home visit and a PA's diary week survive a
 * reload; export → delete everything → import gives back an identical file; with the passphrase
 * lock on, the raw IndexedDB contents hold no plain text of a note or a name.
 *
 * Called by run-e2e.ts with its browser context, page and server address. It leaves the context
 * offline and the lock off, with the records it made still on the device.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { assert, runJourney, type StepResult } from './harness';
import { expectNoAxeViolations, heading, inspect } from './inspect';

const PASSPHRASE = 'kettle river blue lamp';

/** Personal words typed in this journey; none may be readable in IndexedDB once the lock is on. */
const SECRETS = {
  place: 'Flat 3 visit Splott',
  seen: 'Ffion',
  findings: 'Travel time unpaid between two clients',
  action: 'Send the ACAS leaflet to Ffion',
  employer: 'Mrs Bright',
  shiftNote: 'Woken twice by Mrs Bright',
  payslipNote: 'Payslip handed over late',
};

async function goOffline(context: BrowserContext, page: Page): Promise<void> {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await context.setOffline(true);
}

/** Every object store of FairPA's database, read raw (as the next person on a shared tablet could). */
function readRawDatabase(page: Page): Promise<string> {
  return page.evaluate(
    () =>
      new Promise<string>((resolve, reject) => {
        const open = indexedDB.open('fairpa');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const names = Array.from(db.objectStoreNames);
          const tx = db.transaction(names, 'readonly');
          const out: Record<string, unknown[]> = {};
          for (const name of names) {
            const request = tx.objectStore(name).getAll();
            request.onsuccess = () => {
              out[name] = request.result;
            };
          }
          tx.oncomplete = () => {
            db.close();
            resolve(JSON.stringify(out));
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
}

/** Clicks "Download everything" and returns the file's path and text. */
async function downloadEverything(page: Page, folder: string, name: string): Promise<{ path: string; text: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download everything' }).click()]);
  const path = join(folder, name);
  await download.saveAs(path);
  await page.getByText(/Your file is ready/).waitFor();
  return { path, text: readFileSync(path, 'utf8') };
}

export async function recordsJourney(context: BrowserContext, page: Page, url: string, results: StepResult[]): Promise<void> {
  const folder = mkdtempSync(join(tmpdir(), 'fairpa-records-'));
  let visitPath = '';
  let firstExport = '';
  let exportPath = '';

  await runJourney('records', [
    {
      name: 'FairPA is ready offline, and records pages open with no signal',
      run: async () => {
        await page.goto(`${url}/en/settings`);
        await page.waitForFunction(() => navigator.serviceWorker?.controller !== null, undefined, { timeout: 30_000 });
        await page.waitForFunction(() => document.querySelector('[data-testid="offline-status"]')?.textContent === 'Ready to use offline', undefined, { timeout: 30_000 });
        await goOffline(context, page);
        await page.goto(`${url}/en/visits`);
        assert((await heading(page)) === 'Home visits', 'the visits page opens offline');
        await inspect(page, 'records-visits-empty');
      },
    },
    {
      name: 'a home visit is recorded offline, with a privacy reminder, an error summary and a follow-up action',
      run: async () => {
        await page.getByRole('link', { name: 'Record a new visit' }).click();
        assert((await heading(page)) === 'Record a home visit', 'the new visit form opens');
        await page.getByText('Record as little personal information as you can').waitFor();
        await page.getByRole('button', { name: 'Save the visit' }).click();
        await page.locator('.error-summary').waitFor();
        await inspect(page, 'records-visit-form-errors');
        await page.getByLabel('Date of the visit').fill('2026-03-10');
        await page.getByLabel('Place', { exact: true }).fill(SECRETS.place);
        await page.getByLabel(/Who you saw/).fill(SECRETS.seen);
        await page.getByLabel(/What you found/).fill(SECRETS.findings);
        await page.getByRole('button', { name: 'Save the visit' }).click();
        await page.waitForURL((address) => /^\/en\/visits\/[^/]+$/.test(address.pathname) && !address.pathname.endsWith('/new'));
        visitPath = new URL(page.url()).pathname;
        assert((await heading(page)) === 'Visit on 10 March 2026', 'the saved visit opens');
        await page.getByLabel('What needs doing').fill(SECRETS.action);
        await page.getByLabel(/When it is due/).fill('2026-03-17');
        await page.getByRole('button', { name: 'Add the action' }).click();
        await page.getByRole('checkbox', { name: SECRETS.action }).waitFor();
        await inspect(page, 'records-visit');
      },
    },
    {
      name: 'a diary week of shifts and its payslip are recorded offline',
      run: async () => {
        await page.goto(`${url}/en/diary/shifts/new?date=2026-03-02`);
        assert((await heading(page)) === 'Add a shift', 'the shift form opens');
        await page.getByLabel('Start time').fill('09:00');
        await page.getByLabel('End time').fill('17:00');
        await page.getByLabel(/Who you worked for/).fill(SECRETS.employer);
        await page.getByLabel(/^Note/).fill(SECRETS.shiftNote);
        for (let day = 2; day <= 6; day += 1) {
          // Each day: 20 minutes' travel between visits, no sleep-in. The usual times and employer carry over.
          await page.getByLabel(/Travel time between visits/).fill('20');
          await page.getByRole('radio', { name: 'No' }).check();
          if (day === 2) await inspect(page, 'records-shift-form');
          if (day === 6) break;
          await page.getByRole('button', { name: 'Save and add the next day' }).click();
          await page.waitForFunction((next) => (document.getElementById('shift-date') as HTMLInputElement | null)?.value === next, `2026-03-0${day + 1}`);
        }
        await page.getByRole('button', { name: 'Save the shift' }).click();
        await page.waitForURL(/\/en\/diary$/);
        await page.getByTestId('shift-list').waitFor();
        const shifts = await page.getByTestId('shift-list').locator('.shift-row').count();
        assert(shifts === 5, `five shifts make the week (found ${shifts})`);
        assert(await page.getByText('Worked this week: 40 hours').isVisible(), 'the week total is shown');

        await page.getByRole('link', { name: 'Add a payslip' }).click();
        await page.getByLabel('First day of the pay period').fill('2026-03-02');
        await page.getByLabel('Last day of the pay period').fill('2026-03-08');
        await page.getByLabel(/Who paid you/).fill(SECRETS.employer);
        await page.getByLabel('Gross pay').fill('420');
        await page.getByLabel(/^Note/).fill(SECRETS.payslipNote);
        await page.getByRole('button', { name: 'Save the payslip' }).click();
        await page.getByText('Your diary has 5 shifts for Mrs Bright in this period.').waitFor();
        await inspect(page, 'records-payslip');
        await page.goto(`${url}/en/diary`);
        await page.getByTestId('payslip-list').waitFor();
        await inspect(page, 'records-diary');
      },
    },
    {
      name: 'the visit and the diary week are still there after a reload',
      run: async () => {
        await page.goto(`${url}/en/visits`);
        await page.reload();
        await page.getByTestId('visit-list').getByRole('link', { name: SECRETS.place }).waitFor();
        assert(await page.getByText('1 action to follow up').isVisible(), 'the open follow-up is counted');
        await page.goto(`${url}${visitPath}`);
        await page.reload();
        await page.getByRole('checkbox', { name: SECRETS.action }).waitFor();
        assert(await page.getByText(SECRETS.findings).isVisible(), 'the findings survived');
        await page.goto(`${url}/en/diary`);
        await page.reload();
        await page.getByTestId('shift-list').waitFor();
        assert((await page.locator('.shift-row').count()) === 5, 'all five shifts survived');
        assert(await page.getByTestId('payslip-list').getByText(SECRETS.employer).isVisible(), 'the payslip survived');
      },
    },
    {
      name: '"Check this pay period" opens the minimum wage check with the week filled in',
      run: async () => {
        await page.getByTestId('payslip-list').getByRole('link').first().click();
        await page.getByRole('button', { name: 'Check this pay period against the minimum wage' }).click();
        await page.waitForURL(/\/en\/tools\/minimum-wage/);
        const draft = await page.evaluate(
          () =>
            new Promise<unknown>((resolve, reject) => {
              const open = indexedDB.open('fairpa');
              open.onerror = () => reject(open.error);
              open.onsuccess = () => {
                const request = open.result.transaction('drafts').objectStore('drafts').get('tool:minimum-wage');
                request.onsuccess = () => {
                  open.result.close();
                  resolve(request.result);
                };
              };
            }),
        );
        const value = (draft as { value?: Record<string, unknown> } | undefined)?.value;
        assert(value?.basicHours === '40:00' && value.travelHours === '1:40' && value.grossPay === '420', `the calculator's draft holds the week (got ${JSON.stringify(value)})`);
      },
    },
    {
      name: 'export, delete everything, import: everything comes back and exports identically',
      run: async () => {
        await page.goto(`${url}/en/your-data`);
        assert((await heading(page)) === 'Your data', 'the your-data page opens');
        await inspect(page, 'records-your-data');
        const first = await downloadEverything(page, folder, 'first.json');
        firstExport = first.text;
        exportPath = first.path;
        const file = JSON.parse(firstExport) as { format: string; version: number; data: { visits: unknown[]; shifts: unknown[] } };
        assert(file.format === 'fairpa-export' && file.version === 1, 'the file says what it is and its version');
        assert(file.data.visits.length === 1 && file.data.shifts.length === 5, 'the file holds the visit and the week');

        await page.getByRole('button', { name: 'Delete everything' }).click();
        await page.getByRole('alertdialog').getByRole('button', { name: 'Yes, delete everything' }).click();
        await page.getByTestId('deleted').waitFor();
        await page.goto(`${url}/en/visits`);
        await page.getByText('No visits recorded yet.').waitFor();

        await page.goto(`${url}/en/your-data`);
        await page.getByLabel('Choose a FairPA file').setInputFiles(exportPath);
        await page.getByTestId('import-preview').waitFor();
        await inspect(page, 'records-import-preview');
        await page.getByRole('button', { name: /^Import \d+ records?$/ }).click();
        await page.getByTestId('import-done').waitFor();
        const second = await downloadEverything(page, folder, 'second.json');
        assert(second.text === firstExport, 'the second export is byte-for-byte the first');
        await page.goto(`${url}/en/visits`);
        await page.getByTestId('visit-list').getByRole('link', { name: SECRETS.place }).waitFor();
      },
    },
    {
      name: 'a bad file is refused with the reason and changes nothing',
      run: async () => {
        await page.goto(`${url}/en/your-data`);
        const truncated = join(folder, 'truncated.json');
        const { writeFileSync } = await import('node:fs');
        writeFileSync(truncated, firstExport.slice(0, Math.floor(firstExport.length / 2)));
        await page.getByLabel('Choose a FairPA file').setInputFiles(truncated);
        await page.getByTestId('import-problems').waitFor();
        assert((await page.getByTestId('import-problems').innerText()).includes('The file is incomplete'), 'a cut-short file is called incomplete');
        const after = await downloadEverything(page, folder, 'after-bad.json');
        assert(after.text === firstExport, 'nothing changed');
      },
    },
    {
      name: 'with the lock on, the raw IndexedDB holds no plain text of a note or a name',
      run: async () => {
        const before = await readRawDatabase(page);
        for (const secret of Object.values(SECRETS)) assert(before.includes(secret), `before the lock, "${secret}" is stored in plain text (the check can see it)`);
        const lock = page.getByTestId('lock-section');
        await lock.getByLabel('New passphrase').fill(PASSPHRASE);
        await lock.getByLabel('Type the passphrase again').fill(PASSPHRASE);
        await lock.getByLabel(/I understand that if I forget the passphrase/).check();
        await lock.getByRole('button', { name: 'Turn on the lock' }).click();
        await lock.getByText(/The lock is on/).waitFor({ timeout: 30_000 });
        await inspect(page, 'records-lock-on');
        const raw = await readRawDatabase(page);
        for (const secret of Object.values(SECRETS)) assert(!raw.includes(secret), `"${secret}" must not be readable in IndexedDB with the lock on`);
        assert(!raw.includes(PASSPHRASE), 'the passphrase is not stored');
        assert(raw.includes('"sealed"'), 'records are stored sealed');
      },
    },
    {
      name: 'after a reload the records stay hidden until the right passphrase is typed',
      run: async () => {
        await page.goto(`${url}${visitPath}`);
        await page.reload();
        // The shell's lock notice offers the same link; use the one on the page itself.
        await page.locator('#main-content').getByRole('link', { name: 'Unlock FairPA' }).click();
        assert((await heading(page)) === 'Unlock FairPA', 'the unlock page opens');
        assert(!(await page.content()).includes(SECRETS.findings), 'nothing of the visit is shown while locked');
        await page.getByLabel('Passphrase', { exact: true }).fill('not my passphrase');
        await page.getByRole('button', { name: 'Unlock' }).click();
        await page.getByRole('link', { name: /That passphrase is not right/ }).waitFor();
        await inspect(page, 'records-unlock-wrong');
        await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
        await page.getByRole('button', { name: 'Unlock' }).click();
        await page.waitForURL((address) => address.pathname === visitPath);
        await page.getByText(SECRETS.findings).waitFor();
      },
    },
    {
      name: 'the neutral quick-exit page opens offline, with no script',
      run: async () => {
        await page.goto(`${url}/neutral.html`);
        assert((await page.title()) === 'Search', 'the neutral page is a plain search page');
        assert((await page.locator('script').count()) === 0, 'the neutral page runs no script');
        await expectNoAxeViolations(page, 'neutral page');
      },
    },
    {
      name: 'the lock is turned off again, leaving records in plain form for later journeys',
      run: async () => {
        await page.goto(`${url}/en/your-data`);
        const lock = page.getByTestId('lock-section');
        // The neutral page came in between, so this is a new session: unlock first.
        await lock.locator('.lock-state').waitFor();
        if (await lock.getByRole('button', { name: 'Unlock' }).isVisible()) {
          await lock.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
          await lock.getByRole('button', { name: 'Unlock' }).click();
        }
        await lock.getByRole('button', { name: 'Turn off the lock' }).waitFor();
        await lock.locator('#off-current').fill(PASSPHRASE);
        await lock.getByRole('button', { name: 'Turn off the lock' }).click();
        await lock.getByText('The lock is off.', { exact: true }).waitFor({ timeout: 30_000 });
        assert((await readRawDatabase(page)).includes(SECRETS.findings), 'records are plain again with the lock off');
      },
    },
  ], results);
}
