import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { ARTIFACTS, describeWithBrowser, openBrowser, settled, type OpenBrowser } from './browser';
import { startExplorerServer, type ExplorerServer } from './explorer-server';

/** What the page has drawn, read through its test hook. */
interface Drawn {
  nodes: Array<{ id: string; kind: string; label: string; full: string }>;
  edges: Array<{ source: string; target: string; label: string }>;
}

function readGraph(page: Page): Promise<Drawn> {
  return page.evaluate(() => {
    const cy = (window as any).__explorer.cy;
    return {
      nodes: cy.nodes().map((n: any) => ({ id: n.id(), kind: n.data('kind'), label: n.data('label'), full: n.data('full') })),
      edges: cy.edges().map((e: any) => ({ source: e.data('source'), target: e.data('target'), label: e.data('label') })),
    };
  });
}

/** Clicks a graph node with the mouse, where Cytoscape drew it. */
async function clickNode(page: Page, id: string): Promise<void> {
  const at = await page.evaluate((nodeId) => {
    const cy = (window as any).__explorer.cy;
    const p = cy.getElementById(nodeId).renderedPosition();
    const box = cy.container().getBoundingClientRect();
    return { x: box.left + p.x, y: box.top + p.y };
  }, id);
  await page.mouse.click(at.x, at.y);
}

describeWithBrowser('the graph explorer at /explore, on the real server with the seed articles', () => {
  let site: ExplorerServer;
  let browser: OpenBrowser;
  let page: Page;

  beforeAll(async () => {
    site = await startExplorerServer();
    browser = await openBrowser();
    page = browser.page;
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  it('is served with a same-origin Content-Security-Policy', async () => {
    const response = await page.goto(site.pageUrl);
    expect(response?.status()).toBe(200);
    const csp = response?.headers()['content-security-policy'] ?? '';
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe');
    await settled(page);
    expect(await page.locator('#empty').isVisible()).toBe(true);
  });

  it('finds a person by a name typed without diacritics, grouped under People', async () => {
    await page.fill('#search', 'luong thi thu');
    const hit = page.locator('.search-hit[data-kind="Person"]').first();
    await hit.waitFor({ timeout: 15_000 });
    expect(await hit.textContent()).toContain('Lương Thị Thu');
    expect(await page.locator('.search-group-title').first().textContent()).toBe('People');
    await hit.click();
    await page.waitForFunction(() => location.hash.startsWith('#/person/'));
    await settled(page);
  });

  it("draws the person's offices and sessions as labelled edges", async () => {
    const { nodes, edges } = await readGraph(page);
    const focus = nodes.find((n) => n.kind === 'Person' && n.label === 'Lương Thị Thu');
    expect(focus).toBeDefined();
    const kindOf = new Map(nodes.map((n) => [n.id, n.kind]));
    const offices = edges.filter((e) => e.source === focus!.id && e.label === 'holds office');
    expect(offices.length).toBeGreaterThan(0);
    expect(offices.every((e) => kindOf.get(e.target) === 'Organization')).toBe(true);
    const sessions = edges.filter((e) => e.source === focus!.id && ['chaired', 'attended'].includes(e.label));
    expect(sessions.length).toBeGreaterThan(0);
    expect(sessions.every((e) => kindOf.get(e.target) === 'Session')).toBe(true);
  });

  it('shows each office with its source quote and a link to the article', async () => {
    await expect(page.locator('#panel-title').textContent()).resolves.toBe('Lương Thị Thu');
    const quote = page.locator('#details .quote').first();
    expect((await quote.textContent())?.trim().length).toBeGreaterThan(0);
    const link = page.locator('#details .source a').first();
    expect(await link.getAttribute('href')).toMatch(/^https:\/\/example\.org\/seed\//);
    expect(await page.locator('#timeline svg.timeline .mark').count()).toBeGreaterThan(0);
  });

  it('expands an organization on click and keeps the view in the URL', async () => {
    const before = await readGraph(page);
    const org = before.nodes.find((n) => n.kind === 'Organization' && n.label === 'Ban Dân vận Huyện ủy Bình Gia')
      ?? before.nodes.find((n) => n.kind === 'Organization');
    expect(org).toBeDefined();
    await page.click('#fit');
    await page.waitForTimeout(400);
    await clickNode(page, org!.id);
    await page.waitForFunction((id) => location.hash.includes(`expand=${id}`), org!.id);
    await settled(page);
    const after = await readGraph(page);
    const touching = after.edges.filter((e) => e.source === org!.id || e.target === org!.id);
    expect(touching.length).toBeGreaterThan(before.edges.filter((e) => e.source === org!.id || e.target === org!.id).length);
    expect(after.nodes.length).toBeGreaterThan(before.nodes.length);
    const labels = new Set(after.edges.map((e) => e.label));
    expect(labels.has('part of') || labels.has('inside')).toBe(true);
    await expect(page.locator('#panel-title').textContent()).resolves.toBe(org!.label);

    // a reload restores the same view from the URL alone
    await page.reload();
    await settled(page);
    const restored = await readGraph(page);
    expect(restored.nodes.map((n) => n.id).sort()).toEqual(after.nodes.map((n) => n.id).sort());
    expect(restored.edges.length).toBe(after.edges.length);

  });

  it('centres the graph on a node at a double click, and goes back with the browser', async () => {
    const expandedView = await page.evaluate(() => location.hash);
    const before = await readGraph(page);
    const session = before.nodes.find((n) => n.kind === 'Session');
    expect(session).toBeDefined();
    const at = await page.evaluate((nodeId) => {
      const cy = (window as any).__explorer.cy;
      const p = cy.getElementById(nodeId).renderedPosition();
      const box = cy.container().getBoundingClientRect();
      return { x: box.left + p.x, y: box.top + p.y };
    }, session!.id);
    await page.mouse.dblclick(at.x, at.y);
    await page.waitForFunction((id) => location.hash === `#/session/${id}`, session!.id);
    await settled(page);
    const focused = await readGraph(page);
    expect(focused.edges.length).toBeGreaterThan(0);
    expect(focused.edges.every((e) => e.source === session!.id || e.target === session!.id)).toBe(true);
    expect(focused.edges.some((e) => ['chaired', 'attended'].includes(e.label) && e.target === session!.id)).toBe(true);
    await expect(page.locator('#panel-title').textContent()).resolves.toBe(session!.full);

    await page.goBack();
    await page.waitForFunction((hash) => location.hash === hash, expandedView);
    await settled(page);
    expect((await readGraph(page)).nodes.length).toBe(before.nodes.length);
  });

  it('saves a screenshot of a person with an expanded neighbour', async () => {
    const person = (await readGraph(page)).nodes.find((n) => n.kind === 'Person' && n.label === 'Lương Thị Thu');
    await page.click('#fit');
    await page.waitForTimeout(400);
    await clickNode(page, person!.id);
    await page.waitForFunction(() => !location.hash.includes('select='));
    await settled(page);
    await expect(page.locator('#panel-title').textContent()).resolves.toBe('Lương Thị Thu');
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.mouse.move(20, 120); // off the node, so the hover highlight is gone
    await page.waitForTimeout(400);
    await page.screenshot({ path: path.join(ARTIFACTS, 'explorer.png') });
  });

  it('puts the panel below the graph on a phone', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.waitForTimeout(300);
    const graph = await page.locator('.graph-area').boundingBox();
    const panel = await page.locator('.panel').boundingBox();
    expect(panel!.y).toBeGreaterThanOrEqual(graph!.y + graph!.height - 1);
    await page.screenshot({ path: path.join(ARTIFACTS, 'explorer-phone.png'), fullPage: true });
  });

  it('ran without script errors or Content-Security-Policy violations', () => {
    expect(browser.problems).toEqual([]);
  });
});
