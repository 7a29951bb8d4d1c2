/** Page checks shared by the e2e journeys: axe, screenshots at phone and desktop size, the h1. */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { assert } from './harness';

const screenshotDir = join(import.meta.dirname, '../../test-results/screenshots');

const VIEWPORTS = [
  { name: 'phone', width: 360, height: 740 },
  { name: 'desktop', width: 1280, height: 800 },
];

export async function expectNoAxeViolations(page: Page, label: string): Promise<void> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  const problems = result.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
  assert(problems.length === 0, `axe found ${problems.length} violation(s) on ${label}:\n${problems.join('\n')}`);
}

/** Checks a page with axe and saves a screenshot at each viewport size (in test-results/screenshots). */
export async function inspect(page: Page, label: string): Promise<void> {
  mkdirSync(screenshotDir, { recursive: true });
  for (const viewport of VIEWPORTS) {
    await page.setViewportSize({ width: viewport.width, height: viewport.height });
    await page.screenshot({ path: join(screenshotDir, `${label}-${viewport.name}.png`), fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 800 });
  await expectNoAxeViolations(page, label);
}

/** The page's first h1, once there is one. */
export async function heading(page: Page): Promise<string> {
  await page.waitForSelector('h1', { timeout: 10_000 });
  return (await page.locator('h1').first().innerText()).trim();
}
