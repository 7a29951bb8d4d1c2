import type { Page } from 'playwright-core';
export async function review(page: Page, url: string) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable'); await cdp.send('CSS.enable');
  for (const code of ['ar', 'ur', 'ml', 'en']) {
    await page.goto(`${url}/${code}/guides/minimum-wage`);
    await page.locator('article .sources').waitFor();
    const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
    for (const sel of ['main h1', 'article p.lead', 'article strong', '.app-header__bar summary']) {
      const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: sel });
      if (!nodeId) continue;
      const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
      console.log(code, sel, fonts.map((f) => `${f.familyName} (${f.glyphCount})`).join(', '));
    }
  }
}
