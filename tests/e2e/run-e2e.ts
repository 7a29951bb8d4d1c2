/**
 * Real-browser journeys against the built app, offline: Debian Chromium driven by playwright-core.
 * Run by `npm test` after `npm run build`. Prints "e2e: N passed, N failed" and exits non-zero on
 * any failure.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { launchPersistent } from './browser';
import { assert, runJourney, type StepResult } from './harness';
import { heading, inspect } from './inspect';
import { serveBuiltApp } from './serve';
import { featuresJourney } from './features-journey';
import { recordsJourney } from './records-journey';
import { localesJourney } from './locales-journey';

async function goOfflineWithoutHttpCache(context: BrowserContext, page: Page): Promise<void> {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await context.setOffline(true);
}

async function main(): Promise<void> {
  const { url, server } = await serveBuiltApp();
  const origin = new URL(url).origin;
  const results: StepResult[] = [];
  const foreign: string[] = [];
  const { context, close } = await launchPersistent({ viewport: { width: 1280, height: 800 }, locale: 'en-GB' });
  context.on('request', (request) => {
    const target = request.url();
    if (!target.startsWith(origin) && !target.startsWith('data:') && !target.startsWith('blob:')) foreign.push(target);
  });
  const page = await context.newPage();
  const consoleErrors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && !/net::ERR_INTERNET_DISCONNECTED|Failed to load resource/.test(message.text())) consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(error.message));

  try {
    await runJourney('offline foundation', [
      {
        name: 'first run asks for language, nation and role',
        run: async () => {
          await page.goto(`${url}/`);
          await page.waitForURL(/\/en\/welcome/);
          assert((await heading(page)) === 'Welcome to FairPA', 'the welcome page should open on first run');
          await inspect(page, 'en-welcome');
          await page.getByRole('button', { name: 'Continue' }).click();
          await page.waitForSelector('.error-summary');
          assert(await page.locator('.error-summary').isVisible(), 'submitting nothing shows an error summary');
          await page.getByLabel('Wales').check();
          await page.getByLabel('I employ a PA, or help someone who does').check();
          await page.getByRole('button', { name: 'Continue' }).click();
          await page.waitForURL(/\/en\/$/);
          assert((await heading(page)) === 'Employing a PA', 'the employer home page follows the first run');
        },
      },
      {
        name: 'the service worker controls the page and everything is precached',
        run: async () => {
          await page.waitForFunction(() => navigator.serviceWorker?.controller !== null, undefined, { timeout: 30_000 });
          await page.goto(`${url}/en/settings`);
          await page.waitForFunction(() => document.querySelector('[data-testid="offline-status"]')?.textContent === 'Ready to use offline', undefined, { timeout: 30_000 });
          await inspect(page, 'en-settings');
        },
      },
      {
        name: 'offline with the HTTP cache disabled, the home page reloads',
        run: async () => {
          await goOfflineWithoutHttpCache(context, page);
          await page.goto(`${url}/en/`);
          assert((await heading(page)) === 'Employing a PA', 'home should load offline');
          assert(await page.getByText('Wales · Employer').isVisible(), 'the header shows the nation and role');
          await inspect(page, 'en-home-offline');
        },
      },
      {
        name: 'a guide opens offline with rates filled in and nation-specific passages',
        run: async () => {
          await page.goto(`${url}/en/guides/minimum-wage`);
          assert((await heading(page)) === 'Minimum wage', 'the minimum wage guide opens');
          const text = await page.locator('article').innerText();
          assert(/£\d+\.\d\d/.test(text), 'rate placeholders are filled in with pounds and pence');
          assert(!text.includes('{{rate:'), 'no raw placeholder is shown');
          assert(await page.locator('.sources').isVisible(), 'official sources are listed');
          await inspect(page, 'en-guide-minimum-wage');
          await page.goto(`${url}/en/guides/employers-liability-insurance`);
          assert((await heading(page)) === "Employers' liability insurance", 'the employers liability guide opens');
        },
      },
      {
        name: 'a checklist keeps a tick and a note across an offline reload',
        run: async () => {
          await page.goto(`${url}/en/checklists/before-your-pa-starts`);
          assert((await heading(page)) === 'Before your PA starts', 'the checklist opens');
          const first = page.locator('.checklist-item input[type="checkbox"]').first();
          await first.check();
          await page.waitForSelector('progress[value="1"]');
          await page.locator('.checklist-item details summary').first().click();
          await page.locator('.checklist-item textarea').first().fill('Ask the council about insurance');
          await page.waitForFunction(() => document.body.innerText.includes('Saved on this device'));
          await page.reload();
          await page.waitForSelector('progress[value="1"]');
          assert(await page.locator('.checklist-item input[type="checkbox"]').first().isChecked(), 'the tick survived the reload');
          assert((await page.locator('.checklist-item textarea').first().inputValue()) === 'Ask the council about insurance', 'the note survived');
          await inspect(page, 'en-checklist');
        },
      },
      {
        name: 'Welsh: home, a guide and a checklist, offline',
        run: async () => {
          await page.goto(`${url}/cy/checklists/before-your-pa-starts`);
          await page.waitForSelector('h1');
          assert((await page.locator('html').getAttribute('lang')) === 'cy-GB', 'the document language is Welsh');
          await inspect(page, 'cy-checklist');
          await page.goto(`${url}/cy/`);
          const home = await heading(page);
          assert(home.length > 0 && home !== 'Employing a PA', `the Welsh home page is in Welsh (got "${home}")`);
          await inspect(page, 'cy-home');
          await page.goto(`${url}/cy/guides/minimum-wage`);
          const guideText = await page.locator('article').innerText();
          assert(/£\d+\.\d\d/.test(guideText), 'Welsh guide shows the rates');
          assert(!(await page.locator('.translation-notice').innerText()).includes('has not been translated'), 'the Welsh guide is a translation, not English');
          await inspect(page, 'cy-guide-minimum-wage');
        },
      },
      {
        name: 'unknown pages get a 404 in the reader\u2019s language',
        run: async () => {
          await page.goto(`${url}/cy/no-such-page`);
          const welsh = await heading(page);
          assert(welsh !== 'Page not found' && welsh.length > 0, 'the Welsh 404 is in Welsh');
          // Reading in Welsh made Welsh the saved language, so an unknown locale answers in Welsh too.
          await page.waitForFunction(() => new Promise<boolean>((resolve) => {
            const request = indexedDB.open('fairpa');
            request.onsuccess = () => {
              const read = request.result.transaction('settings').objectStore('settings').get('preferences');
              read.onsuccess = () => resolve((read.result as { value?: { locale?: string } } | undefined)?.value?.locale === 'cy');
              read.onerror = () => resolve(false);
            };
            request.onerror = () => resolve(false);
          }));
          await page.goto(`${url}/xx/guides`);
          assert((await heading(page)) === welsh, 'an unknown locale shows the 404 page in the saved language');
          await inspect(page, 'unknown-locale-404');
          await page.goto(`${url}/en/no-such-page`);
          assert((await heading(page)) === 'Page not found', 'English 404');
        },
      },
    ], results);
    await localesJourney(page, url, inspect, results);
    await featuresJourney(page, url, inspect, results);
    await recordsJourney(context, page, url, results);
    await runJourney('privacy', [
      {
        name: 'no request left 127.0.0.1 and no script errors',
        run: async () => {
          assert(foreign.length === 0, `requests to other hosts: ${foreign.join(', ')}`);
          assert(consoleErrors.length === 0, `console errors: ${consoleErrors.join(' | ')}`);
        },
      },
    ], results);
  } finally {
    await close();
    await server.close();
  }

  const passed = results.filter((r) => r.ok).length;
  const failed = results.length - passed;
  console.log(`\ne2e: ${passed} passed, ${failed} failed`);
  if (failed > 0 || results.length === 0) process.exit(1);
}

await main();
