/**
 * Offline journeys through the calculators, search, templates and Easy Read, each page checked
 * with axe and photographed at phone and desktop sizes.
 */
import type { Page } from 'playwright-core';
import { assert, runJourney, type StepResult } from './harness';

type Inspect = (page: Page, label: string) => Promise<void>;

async function h1(page: Page, name: string): Promise<void> {
  await page.getByRole('heading', { level: 1, name }).waitFor({ timeout: 10_000 });
}

async function fillDate(page: Page, legend: string, day: string, month: string, year: string): Promise<void> {
  const group = page.getByRole('group', { name: legend });
  await group.getByLabel('Day').fill(day);
  await group.getByLabel('Month').fill(month);
  await group.getByLabel('Year').fill(year);
}

export async function featuresJourney(page: Page, url: string, inspect: Inspect, results: StepResult[]): Promise<void> {
  const next = () => page.getByRole('button', { name: 'Continue' }).click();
  await runJourney('calculators offline', [
    {
      name: 'the minimum wage check shows a shortfall with its workings (40 h + 5 h travel, £500, April 2026, age 30)',
      run: async () => {
        await page.goto(`${url}/en/tools/minimum-wage`);
        await page.getByRole('link', { name: 'Start now' }).click();
        await h1(page, 'About the PA');
        await next();
        await page.locator('.error-summary').waitFor();
        await inspect(page, 'en-tool-minimum-wage-errors');
        await page.getByRole('radio', { name: 'I am the PA, checking my own pay' }).check();
        await page.getByLabel('How old were you on the first day of the pay period?').fill('30');
        await page.getByRole('group', { name: 'Are you an apprentice?' }).getByRole('radio', { name: 'No' }).check();
        await next();
        await h1(page, 'The pay period');
        await fillDate(page, 'What was the first day of the pay period?', '1', '4', '2026');
        await fillDate(page, 'What was the last day of the pay period?', '30', '4', '2026');
        await next();
        await h1(page, 'Hours worked in the pay period');
        await page.getByLabel('Hours on shift').fill('40');
        await page.getByLabel('Travel between visits (optional)').fill('5');
        await next();
        await h1(page, 'Pay for the pay period');
        await page.getByLabel('What was your gross pay for the pay period?').fill('£500');
        await next();
        await h1(page, 'Accommodation');
        await page.getByRole('radio', { name: 'No' }).check();
        await next();
        await h1(page, 'Check your answers');
        await inspect(page, 'en-tool-minimum-wage-check');
        await page.reload();
        await h1(page, 'Check your answers');
        await page.getByRole('button', { name: 'See the result' }).click();
        await page.getByText('£71.95').first().waitFor();
        const text = await page.locator('main').innerText();
        assert(text.includes('£12.71'), 'the workings show the hourly rate');
        assert(text.includes('£571.95'), 'the workings show the pay required');
        await inspect(page, 'en-tool-minimum-wage-result');
      },
    },
    {
      name: 'the other calculators open offline',
      run: async () => {
        for (const [path, title] of [['holiday', 'Holiday entitlement'], ['sick-pay', 'Statutory Sick Pay'], ['employment-cost', 'Cost of employing a PA']] as const) {
          await page.goto(`${url}/en/tools/${path}`);
          await h1(page, title);
          await inspect(page, `en-tool-${path}`);
        }
      },
    },
  ], results);

  await runJourney('content features offline', [
    {
      name: 'search finds sleep-ins with a highlighted snippet',
      run: async () => {
        await page.goto(`${url}/en/search?q=sleep-in`);
        await page.locator('main mark').first().waitFor({ timeout: 20_000 });
        const first = await page.locator('main mark').first().innerText();
        assert(/sleep/i.test(first), `the highlight is on the search words (got "${first}")`);
        await inspect(page, 'en-search');
      },
    },
    {
      name: 'a template keeps what was typed across a reload',
      run: async () => {
        await page.goto(`${url}/en/templates/job-description`);
        await page.locator('main input[type="text"], main input:not([type])').first().waitFor();
        const field = page.locator('main input[type="text"], main input:not([type])').first();
        await field.fill('Personal assistant, mornings');
        await page.getByText('Saved on this device', { exact: true }).first().waitFor();
        await page.reload();
        await page.locator('main input[type="text"], main input:not([type])').first().waitFor();
        const kept = await page.locator('main input[type="text"], main input:not([type])').first().inputValue();
        assert(kept === 'Personal assistant, mornings', `the template field survived the reload (got "${kept}")`);
        await inspect(page, 'en-template-job-description');
      },
    },
    {
      name: 'the Easy Read page for a checklist opens from the checklist',
      run: async () => {
        await page.goto(`${url}/en/checklists/before-your-pa-starts`);
        await page.getByRole('link', { name: 'Easy Read version of this checklist' }).click();
        await page.waitForURL(/\/en\/easy-read\//);
        await page.locator('main svg').nth(5).waitFor();
        assert((await page.locator('main svg').count()) > 5, 'Easy Read points have pictures');
        await inspect(page, 'en-easy-read');
      },
    },
    {
      name: 'the glossary explains a term linked from a guide',
      run: async () => {
        await page.goto(`${url}/en/glossary#sleep-in`);
        await page.locator('#sleep-in').waitFor();
        await inspect(page, 'en-glossary');
      },
    },
  ], results);
}
