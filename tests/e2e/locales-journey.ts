/**
 * Every built language, offline: the home page, a guide, a checklist and the minimum wage check
 * open in that language with the right `lang` and `dir`, no raw i18n keys, rates as pounds, and
 * axe finds nothing at phone and desktop sizes. Then English and Arabic at 200% text size.
 *
 * The list of languages is read from src/content/generated/ when the journey runs, so a locale
 * still being translated is checked as soon as it is built, before it is offered in the menus.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { findLocale, LOCALES, type LocaleInfo } from '../../src/i18n/locales';
import { assert, runJourney, type Step, type StepResult } from './harness';

type Inspect = (page: Page, label: string) => Promise<void>;
type Json = { [key: string]: Json } | string | number | boolean | null | Json[];

const generatedDir = join(import.meta.dirname, '../../src/content/generated');
const GUIDE = 'minimum-wage';
const CHECKLIST = 'before-your-pa-starts';

/** Locale codes with compiled content, in the order of src/i18n/locales.ts (unknown ones last). */
export function builtLocaleCodes(): string[] {
  const codes = readdirSync(generatedDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(generatedDir, entry.name, 'index.json')))
    .map((entry) => entry.name);
  const order = (code: string) => {
    const position = LOCALES.findIndex((locale) => locale.code === code);
    return position === -1 ? Number.MAX_SAFE_INTEGER : position;
  };
  return codes.sort((a, b) => order(a) - order(b) || a.localeCompare(b));
}

function readJson(path: string): Json {
  return JSON.parse(readFileSync(path, 'utf8')) as Json;
}

function flatten(value: Json, prefix: string, into: Map<string, string>): Map<string, string> {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    for (const [key, child] of Object.entries(value)) flatten(child, prefix ? `${prefix}.${key}` : key, into);
  } else if (typeof value === 'string') {
    into.set(prefix, value);
  }
  return into;
}

/** A locale's UI strings by key: the shell's (ui.json) and the bigger features' (ui-features.json...). */
function uiStringsIn(code: string): Map<string, string> {
  const strings = new Map<string, string>();
  const files = readdirSync(join(generatedDir, code)).filter((name) => /^ui(-[\w-]+)?\.json$/.test(name));
  for (const file of files) flatten(readJson(join(generatedDir, code, file)), '', strings);
  return strings;
}

/**
 * Every English UI key, plus the forms i18next prints when a plural or context variant is missing
 * (`checklists.progress_other` shows as `checklists.progress`).
 */
function uiKeyStrings(): Set<string> {
  const keys = new Set<string>();
  for (const key of uiStringsIn('en').keys()) {
    keys.add(key);
    const dot = key.lastIndexOf('.');
    const parts = key.slice(dot + 1).split('_');
    for (let i = 1; i < parts.length; i += 1) keys.add(`${key.slice(0, dot + 1)}${parts.slice(0, i).join('_')}`);
  }
  return keys;
}

/** The UI string `key` as the app shows it in `code`: the locale's own, else the English fallback. */
function uiStrings(code: string): (key: string) => string | undefined {
  const own = uiStringsIn(code);
  const english = uiStringsIn('en');
  return (key) => own.get(key) ?? english.get(key);
}

interface LocaleIndexFile { checklists: { id: string; title: string }[] }

function expectedTitles(code: string) {
  const index = readJson(join(generatedDir, code, 'index.json')) as unknown as LocaleIndexFile;
  const guide = readJson(join(generatedDir, code, 'guides', `${GUIDE}.json`)) as { title: string };
  const checklist = index.checklists.find((c) => c.id === CHECKLIST);
  const ui = uiStrings(code);
  return {
    home: (['pa', 'employer', 'rep'] as const).map((role) => ui(`home.${role}.title`)).filter((title): title is string => Boolean(title)),
    guide: guide.title,
    checklist: checklist?.title,
    tool: ui('tools.minimumWage.title'),
  };
}

async function h1Text(page: Page): Promise<string> {
  const heading = page.locator('main h1').first();
  await heading.waitFor({ timeout: 15_000 });
  return (await heading.innerText()).trim();
}

/** `lang` and `dir` on <html>, and no i18n key printed where a reader would see or hear it. */
async function checkLanguage(page: Page, locale: LocaleInfo, keys: Set<string>, where: string): Promise<void> {
  const { lang, dir } = await page.evaluate(() => ({ lang: document.documentElement.lang, dir: document.documentElement.dir }));
  assert(lang === locale.tag, `${where}: <html lang> should be "${locale.tag}" (got "${lang}")`);
  assert(dir === locale.dir, `${where}: <html dir> should be "${locale.dir}" (got "${dir}")`);
  const shown = await page.evaluate(() => [
    document.body.innerText,
    document.title,
    ...Array.from(document.querySelectorAll('[aria-label], [placeholder], [title]'), (el) =>
      ['aria-label', 'placeholder', 'title'].map((name) => el.getAttribute(name) ?? '').join(' ')),
  ].join('\n'));
  const raw = [...new Set(shown.match(/[\w-]+(?:\.[\w-]+)+/g) ?? [])].filter((token) => keys.has(token));
  assert(raw.length === 0, `${where}: raw i18n keys on screen: ${raw.join(', ')}`);
}

/**
 * Rate placeholders were filled in: every one shows a figure (a missing rate shows "—"), money
 * shows with the pound sign (never "GBP"), and the guide has money in it. Digits may be in any
 * script; ages and percentages are rates too, so not every figure is money.
 */
async function checkRatesAsMoney(page: Page, where: string): Promise<void> {
  const rates = await page.locator('article .rate').allInnerTexts();
  assert(rates.length > 0, `${where}: the guide should show rates`);
  const unfilled = rates.filter((text) => !/\p{Nd}/u.test(text));
  assert(unfilled.length === 0, `${where}: rates without a figure: ${unfilled.join(' | ')}`);
  const money = rates.filter((text) => /£/.test(text));
  assert(money.length > 0, `${where}: no rate is shown in pounds (rates: ${rates.join(' | ')})`);
  const currencyCode = rates.filter((text) => /GBP/.test(text));
  assert(currencyCode.length === 0, `${where}: money shown as a currency code, not £: ${currencyCode.join(' | ')}`);
  const text = await page.locator('article').innerText();
  assert(!text.includes('{{rate:'), `${where}: a raw rate placeholder is shown`);
}

/**
 * The language menu opens inside a 360 px screen. Its list hangs from the header's end edge, so
 * when the header wraps (longer words, larger text, right-to-left) it must still not run off.
 */
async function checkLanguageMenuFits(page: Page, where: string): Promise<void> {
  await page.setViewportSize({ width: 360, height: 740 });
  const summary = page.locator('.language-menu summary');
  await summary.click();
  const list = page.locator('.language-menu ul');
  await list.waitFor();
  const { left, right, width } = await list.evaluate((el) => {
    const box = el.getBoundingClientRect();
    return { left: box.left, right: box.right, width: document.documentElement.clientWidth };
  });
  await summary.click();
  await list.waitFor({ state: 'hidden' });
  assert(left >= 0 && right <= width, `${where}: the open language menu runs off a ${width} px screen (${Math.round(left)} to ${Math.round(right)} px)`);
}

function localeStep(code: string, url: string, page: Page, inspect: Inspect, keys: Set<string>): Step {
  const locale = findLocale(code);
  return {
    name: `${locale?.englishName ?? code} (/${code}/): home, guide, checklist and minimum wage check, ${locale?.dir ?? '?'}`,
    run: async () => {
      assert(locale, `content is built for "${code}" but src/i18n/locales.ts does not list it, so its pages are 404s`);
      const expected = expectedTitles(code);
      assert(expected.checklist && expected.tool, `no ${CHECKLIST} checklist or minimum wage check title in the built ${code} content`);

      await page.goto(`${url}/${code}/`);
      const home = await h1Text(page);
      assert(!/\/welcome/.test(page.url()), `/${code}/ should open the home page, not the first-run questions (at ${page.url()})`);
      assert(expected.home.includes(home), `/${code}/ home heading "${home}" should be one of: ${expected.home.join(' | ')}`);
      await page.locator('main .card-list').first().waitFor();
      await checkLanguage(page, locale, keys, `/${code}/`);
      await checkLanguageMenuFits(page, `/${code}/`);
      await inspect(page, `locale-${code}-home`);

      await page.goto(`${url}/${code}/guides/${GUIDE}`);
      const guide = await h1Text(page);
      assert(guide === expected.guide, `the ${code} guide heading should be "${expected.guide}" (got "${guide}")`);
      await page.locator('article .sources').waitFor();
      await checkLanguage(page, locale, keys, `/${code}/guides/${GUIDE}`);
      await checkRatesAsMoney(page, `/${code}/guides/${GUIDE}`);
      await inspect(page, `locale-${code}-guide-${GUIDE}`);

      await page.goto(`${url}/${code}/checklists/${CHECKLIST}`);
      const checklist = await h1Text(page);
      assert(checklist === expected.checklist, `the ${code} checklist heading should be "${expected.checklist}" (got "${checklist}")`);
      await page.locator('.checklist-item input[type="checkbox"]').first().waitFor();
      await page.locator('progress').waitFor();
      await checkLanguage(page, locale, keys, `/${code}/checklists/${CHECKLIST}`);
      await inspect(page, `locale-${code}-checklist`);

      await page.goto(`${url}/${code}/tools/minimum-wage`);
      const tool = await h1Text(page);
      assert(tool === expected.tool, `the ${code} minimum wage check heading should be "${expected.tool}" (got "${tool}")`);
      await page.locator(`main a.button[href^="/${code}/tools/minimum-wage/"]`).first().waitFor();
      await checkLanguage(page, locale, keys, `/${code}/tools/minimum-wage`);
      await inspect(page, `locale-${code}-tool-minimum-wage`);
    },
  };
}

/**
 * Lists what runs off a 360 px screen or is clipped, ignoring tables (they scroll in their own
 * box) and visually hidden text. A string, not a function: tsx would wrap inner functions in a
 * helper that does not exist in the page.
 */
const REFLOW_PROBLEMS = `(() => {
  const found = [];
  const root = document.documentElement;
  if (root.scrollWidth > root.clientWidth + 1) found.push('the page scrolls sideways (' + root.scrollWidth + ' px wide in ' + root.clientWidth + ' px)');
  const describe = (el) => {
    const cls = typeof el.className === 'string' && el.className.trim() ? '.' + el.className.trim().split(/\\s+/).join('.') : '';
    return '<' + el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + cls + '> "' + (el.textContent || '').trim().slice(0, 40) + '"';
  };
  for (const el of document.body.querySelectorAll('*')) {
    if (el.closest('.visually-hidden, .table-scroll, .print-only, [hidden], .skip-link, details:not([open]) > :not(summary)')) continue;
    const box = el.getBoundingClientRect();
    if (box.width === 0 || box.height === 0) continue;
    const style = getComputedStyle(el);
    if (style.visibility === 'hidden' || style.display === 'none') continue;
    if (box.left < -1 || box.right > root.clientWidth + 1) {
      found.push(describe(el) + ' runs off the screen (' + Math.round(box.left) + ' to ' + Math.round(box.right) + ' px)');
    } else if ((style.overflowX === 'hidden' || style.overflowX === 'clip') && el.scrollWidth > el.clientWidth + 1) {
      found.push(describe(el) + ' cuts off its content');
    }
    if (found.length > 8) break;
  }
  return found;
})()`;

/**
 * Text at 200% (WCAG 1.4.4) on a 360 px phone: nothing runs off the side and the page does not
 * scroll sideways; only tables may scroll, inside their own scrolling box.
 */
async function checkReflowAt200(page: Page, where: string): Promise<void> {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.evaluate(() => {
    // CSSOM, not a <style> tag: the app's Content-Security-Policy refuses inline styles.
    document.documentElement.style.fontSize = '200%';
  });
  const problems = (await page.evaluate(REFLOW_PROBLEMS)) as string[];
  assert(problems.length === 0, `${where} at 200% text:\n${problems.join('\n')}`);
}

function textSizeStep(code: string, url: string, page: Page, inspect: Inspect): Step {
  return {
    name: `${findLocale(code)?.englishName ?? code}: home and guide at 200% text size, 360 px wide`,
    run: async () => {
      for (const [path, label] of [[`/${code}/`, 'home'], [`/${code}/guides/${GUIDE}`, `guide-${GUIDE}`]] as const) {
        await page.goto(`${url}${path}`);
        await h1Text(page);
        await page.locator(path.endsWith('/') ? 'main .card-list' : 'article .sources').first().waitFor();
        await checkReflowAt200(page, path);
        await checkLanguageMenuFits(page, `${path} at 200% text`);
        await inspect(page, `locale-${code}-${label}-text-200`);
      }
      // A fresh load drops the enlarged text for whatever runs next.
      await page.goto(`${url}/${code}/`);
      await h1Text(page);
    },
  };
}

/**
 * Run after the offline foundation journey: preferences are chosen and the page is offline. Each
 * language is its own journey, so one broken translation does not hide the others' results.
 */
export async function localesJourney(page: Page, url: string, inspect: Inspect, results: StepResult[]): Promise<void> {
  const keys = uiKeyStrings();
  const codes = builtLocaleCodes();
  for (const code of codes) {
    await runJourney(`languages offline: ${code}`, [localeStep(code, url, page, inspect, keys)], results);
  }
  for (const code of ['en', 'ar']) {
    await runJourney(`text resized to 200%: ${code}`, [textSizeStep(code, url, page, inspect)], results);
  }
  await runJourney('languages offline: done', [
    {
      name: 'back to English for the journeys that follow',
      run: async () => {
        // Reading a language saves it as the reader's choice; later journeys expect English.
        await page.goto(`${url}/en/`);
        await h1Text(page);
        assert((await page.evaluate(() => document.documentElement.lang)) === 'en-GB', 'English is the language again');
      },
    },
  ], results);
}
