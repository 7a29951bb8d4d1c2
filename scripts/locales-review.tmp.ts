// Scratch: RTL review screenshots (delete when done).
import { join } from 'node:path';
import type { Page } from 'playwright-core';

async function shot(page: Page, dir: string, label: string) {
  for (const [name, width, height] of [['phone', 360, 740], ['desktop', 1280, 800]] as const) {
    await page.setViewportSize({ width, height });
    await page.screenshot({ path: join(dir, `review-${label}-${name}.png`), fullPage: true });
  }
}
const h1 = (page: Page) => page.locator('main h1').first().waitFor();
const next = (page: Page) => page.locator('main form button[type=submit], main form .button').last().click();

export async function review(page: Page, url: string, dir: string) {
  const codes = (process.env.CODES ?? 'ar,ur').split(',');
  for (const code of codes) {
    const base = `${url}/${code}/tools/minimum-wage`;
    console.log('review', code);
    await page.goto(`${base}/about`);
    await h1(page);
    await page.locator('main input[id$="-age"]').fill('');
    await next(page);
    await page.locator('.error-summary').waitFor();
    await shot(page, dir, `${code}-mw-about-errors`);
    await page.locator('[id$="-asker-first"]').check();
    await page.locator('main input[id$="-age"]').fill('30');
    await page.locator('[id$="-apprentice-first"]').check();
    await page.waitForTimeout(200);
    await shot(page, dir, `${code}-mw-about-conditional`);
    await page.locator('[id$="-apprentice-no"]').check();
    await next(page);
    await page.locator('[id$="-periodStart-day"]').waitFor();
    await page.locator('[id$="-periodStart-day"]').fill('1');
    await page.locator('[id$="-periodStart-month"]').fill('4');
    await page.locator('[id$="-periodStart-year"]').fill('2026');
    await page.locator('[id$="-periodEnd-day"]').fill('30');
    await page.locator('[id$="-periodEnd-month"]').fill('4');
    await page.locator('[id$="-periodEnd-year"]').fill('2026');
    await shot(page, dir, `${code}-mw-period`);
    await next(page);
    await page.locator('[id$="-basicHours"]').waitFor();
    await page.locator('[id$="-basicHours"]').fill('40');
    await page.locator('[id$="-travelHours"]').fill('5');
    await shot(page, dir, `${code}-mw-hours`);
    await next(page);
    await page.locator('main input[type=text], main input:not([type])').first().waitFor();
    await page.locator('main input[type=text], main input:not([type])').first().fill('500');
    await shot(page, dir, `${code}-mw-pay`);
    await next(page);
    await page.locator('[id$="-accommodation-first"]').waitFor();
    await page.locator('[id$="-accommodation-first"]').check();
    await page.waitForTimeout(200);
    await shot(page, dir, `${code}-mw-accommodation`);
    await page.locator('main input[type=radio]').last().check();
    await next(page);
    await page.waitForURL(/\/check$/);
    await h1(page);
    await shot(page, dir, `${code}-mw-check`);
    await page.locator('main button[type=submit].button').first().click();
    await page.waitForURL(/\/result$/);
    await h1(page);
    await page.waitForTimeout(300);
    await shot(page, dir, `${code}-mw-result`);

    await page.goto(`${url}/${code}/search?q=${encodeURIComponent(code === 'ar' ? 'الأجور' : 'اجرت')}`);
    await h1(page);
    await page.waitForTimeout(3000);
    await shot(page, dir, `${code}-search`);
    await page.goto(`${url}/${code}/settings`);
    await h1(page);
    await shot(page, dir, `${code}-settings`);
    await page.goto(`${url}/${code}/checklists/before-your-pa-starts`);
    await page.locator('.checklist-item input[type="checkbox"]').first().check();
    await page.locator('.checklist-item input[type="checkbox"]').nth(1).check();
    if (!(await page.locator('.checklist-item details').first().getAttribute('open') !== null)) await page.locator('.checklist-item details summary').first().click();
    await page.locator('.checklist-item textarea').first().fill('ملاحظة 123');
    await page.waitForTimeout(500);
    await shot(page, dir, `${code}-checklist-ticked`);
    await page.goto(`${url}/${code}/`);
    await h1(page);
    await page.locator('.language-menu summary').click();
    await shot(page, dir, `${code}-language-menu`);
    await page.goto(`${url}/${code}/glossary`);
    await h1(page);
    await shot(page, dir, `${code}-glossary`);
  }
}
