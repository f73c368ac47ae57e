import type { Page } from 'playwright-core';
import { describeWithBrowser, openBrowser, settled, type OpenBrowser } from './browser';
import { startExplorerServer, type ExplorerServer } from './explorer-server';

const READ_TOKEN = 'explorer-read-token';

describeWithBrowser('the graph explorer on a server that wants a read token', () => {
  let site: ExplorerServer;
  let browser: OpenBrowser;
  let page: Page;

  beforeAll(async () => {
    site = await startExplorerServer({ READ_TOKEN });
    browser = await openBrowser();
    page = browser.page;
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  it('asks for the token when a search is refused, then searches with it', async () => {
    await page.goto(site.pageUrl);
    await settled(page);
    await page.fill('#search', 'luong thi thu');
    await page.locator('#token form').waitFor({ timeout: 15_000 });
    expect(await page.locator('#token').textContent()).toContain('READ_TOKEN');
    await page.fill('#read-token', READ_TOKEN);
    await page.click('#token button[type="submit"]');
    const hit = page.locator('.search-hit[data-kind="Person"]').first();
    await hit.waitFor({ timeout: 15_000 });
    await hit.click();
    await page.waitForFunction(() => location.hash.startsWith('#/person/'));
    await settled(page);
    await expect(page.locator('#panel-title').textContent()).resolves.toBe('Lương Thị Thu');
    expect(await page.locator('#token').isHidden()).toBe(true);
  });

  it('ran without script errors', () => {
    // the refused request itself is logged by the browser as a failed resource (401); nothing else may be
    expect(browser.problems.filter((p) => !/status of 401/.test(p))).toEqual([]);
  });
});
