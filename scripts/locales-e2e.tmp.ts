// Scratch runner for tests/e2e/locales-journey.ts (delete when done).
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { preview } from 'vite';
import { launchPersistent } from '../tests/e2e/browser';
import { assert, runJourney, type StepResult } from '../tests/e2e/harness';
import { localesJourney } from '../tests/e2e/locales-journey';

const outDir = process.env.OUT ?? '/tmp/fairpa-loc-dist';
const shots = process.env.SHOTS ?? '/tmp/loc-shots';
const only = process.env.ONLY; // 'review' to skip the journey
mkdirSync(shots, { recursive: true });

async function inspect(page: Page, label: string): Promise<void> {
  for (const v of [{ name: 'phone', width: 360, height: 740 }, { name: 'desktop', width: 1280, height: 800 }]) {
    await page.setViewportSize({ width: v.width, height: v.height });
    await page.screenshot({ path: join(shots, `${label}-${v.name}.png`), fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 800 });
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  const problems = result.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
  assert(problems.length === 0, `axe found ${problems.length} violation(s) on ${label}:\n${problems.join('\n')}`);
}

const server = await preview({ build: { outDir }, preview: { host: '127.0.0.1', port: 4461, strictPort: false, open: false }, logLevel: 'warn' });
const url = server.resolvedUrls!.local[0]!.replace(/\/$/, '');
const { context, close } = await launchPersistent({ viewport: { width: 1280, height: 800 }, locale: 'en-GB' });
const page = await context.newPage();
const errors: string[] = [];
page.on('pageerror', (e) => errors.push(e.message));
page.on('console', (m) => { if (m.type() === 'error' && !/ERR_INTERNET_DISCONNECTED|Failed to load resource/.test(m.text())) errors.push(m.text()); });
const results: StepResult[] = [];
try {
  await runJourney('setup', [{ name: 'first run, precache, offline', run: async () => {
    await page.goto(`${url}/`);
    await page.waitForURL(/\/en\/welcome/);
    await page.getByLabel('Wales').check();
    await page.getByLabel('I employ a PA, or help someone who does').check();
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.waitForURL(/\/en\/$/);
    await page.waitForFunction(() => navigator.serviceWorker?.controller !== null, undefined, { timeout: 30_000 });
    await page.goto(`${url}/en/settings`);
    await page.waitForFunction(() => document.querySelector('[data-testid="offline-status"]')?.textContent === 'Ready to use offline', undefined, { timeout: 60_000 });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await context.setOffline(true);
  } }], results);
  if (only !== 'review') await localesJourney(page, url, inspect, results);
  if (process.env.REVIEW) {
    const mod = await import(process.env.REVIEW);
    await mod.review(page, url, shots);
  }
} finally {
  await close();
  await server.close();
}
console.log('errors:', errors);
const failed = results.filter((r) => !r.ok).length;
console.log(`\nlocales: ${results.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
