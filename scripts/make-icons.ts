/**
 * Renders public/icons/icon.svg to the PNG sizes the web app manifest needs, with Debian's
 * Chromium. Run by hand after changing the SVG (`npx tsx scripts/make-icons.ts`); the PNGs are
 * committed so building the app needs no browser.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium } from '../tests/e2e/browser';

const iconsDir = join(import.meta.dirname, '../public/icons');
const svg = readFileSync(join(iconsDir, 'icon.svg'), 'utf8');

async function render(size: number, file: string, maskable: boolean): Promise<void> {
  const { browser, close } = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    // Maskable icons keep their content inside the central 80% "safe zone" on a full-bleed background.
    const inner = maskable ? Math.round(size * 0.8) : size;
    await page.setContent(
      `<body style="margin:0;display:grid;place-items:center;width:${size}px;height:${size}px;background:${maskable ? '#1d4f91' : 'transparent'}">` +
        `<div style="width:${inner}px;height:${inner}px">${svg.replace('<svg ', `<svg width="${inner}" height="${inner}" `)}</div></body>`,
    );
    await page.screenshot({ path: join(iconsDir, file), omitBackground: !maskable });
  } finally {
    await close();
  }
}

await render(192, 'icon-192.png', false);
await render(512, 'icon-512.png', false);
await render(512, 'icon-maskable-512.png', true);
console.log('Icons written to public/icons/');
