import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Page } from 'playwright-core';

/** Debian's chromium, as CI installs it. */
export const CHROMIUM = '/usr/bin/chromium';
export const ARTIFACTS = path.resolve(__dirname, '../artifacts');
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) console.warn(`explorer browser tests skipped: no browser at ${CHROMIUM} (apt-get install -y chromium)`);
/** `describe` where the browser is installed, `describe.skip` (with the warning above) where not. */
export const describeWithBrowser = hasChromium ? describe : describe.skip;

export interface OpenBrowser {
  page: Page;
  /** Script errors and console errors (CSP violations among them) seen so far. */
  problems: string[];
  close(): Promise<void>;
}

/** Chromium with a fresh profile and one laptop-sized page that records what goes wrong. */
export async function openBrowser(): Promise<OpenBrowser> {
  const profile = mkdtempSync(path.join(tmpdir(), 'explorer-chromium-'));
  const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, args: ARGS, viewport: { width: 1366, height: 820 } });
  const page = context.pages()[0] ?? (await context.newPage());
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  return {
    page,
    problems,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Waits until the page has drawn the view its URL names. */
export async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => document.body.dataset.state === 'ready', undefined, { timeout: 20_000 });
}
