import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { TEXT_X, articleX } from '../graphql/fixtures';
import { startTestServer, type TestServer } from './harness';

/**
 * Opens the playground in a real headless Chromium with every request to
 * another host refused, as on a machine without internet, and runs an example.
 */
const CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find((p) => existsSync(p));

(CHROMIUM ? describe : describe.skip)('the playground in a browser, offline', () => {
  let t: TestServer;
  let browser: Browser;
  beforeAll(async () => {
    t = await startTestServer();
    await t.server.store.saveArticle(articleX(), TEXT_X);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('renders GraphiQL with the contract tabs and runs WhoChaired', async () => {
    const page = await browser.newPage();
    const foreign: string[] = [];
    const origin = new URL(t.server.url).origin;
    await page.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith(origin) || url.startsWith('data:')) return route.continue();
      foreign.push(url);
      return route.abort();
    });
    const pageErrors: string[] = [];
    page.on('pageerror', (e) => pageErrors.push(String(e)));
    await page.goto(t.server.url);
    await page.waitForSelector('.graphiql-container', { timeout: 30_000 });
    const tabs = await page.locator('.graphiql-tab').allTextContents();
    expect(tabs.join(' ')).toEqual(expect.stringContaining('WhoChaired'));
    expect(tabs.length).toBeGreaterThanOrEqual(5);

    await page.locator('.graphiql-tab', { hasText: 'WhoChaired' }).first().click();
    await page.locator('.graphiql-execute-button').click();
    await page.waitForFunction(() => document.querySelector('.result-window')?.textContent?.includes('totalCount'), undefined, { timeout: 30_000 });
    const result = await page.locator('.result-window').textContent();
    expect(result).toContain('Trịnh Tuấn Đông');
    expect(foreign).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
