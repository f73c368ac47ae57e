import express from 'express';
import { mkdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { mountExplorer } from '../../src/explorer/explorer-route';
import { ARTIFACTS, describeWithBrowser, openBrowser, settled, type OpenBrowser } from './browser';

/**
 * The graph alone, with a neighbourhood too large for the seed articles:
 * the page is served by the explorer route and the graph filled through the
 * page's test hook (no API call is made before a view is chosen).
 */
describeWithBrowser('the explorer graph with 300 nodes', () => {
  let server: Server;
  let pageUrl: string;
  let browser: OpenBrowser;
  let page: Page;

  beforeAll(async () => {
    const app = express();
    mountExplorer(app);
    server = await new Promise<Server>((resolve) => {
      const s = app.listen(0, '127.0.0.1', () => resolve(s));
    });
    pageUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/explore`;
    browser = await openBrowser();
    page = browser.page;
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    if (server) {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await closed;
    }
  });

  it('lays out a 300-node neighbourhood without piling nodes up, hiding edge labels when zoomed out', async () => {
    await page.goto(pageUrl);
    await settled(page);
    mkdirSync(ARTIFACTS, { recursive: true });
    const result = await page.evaluate(async () => {
      const { graph, cy } = (window as any).__explorer;
      // a made-up neighbourhood of 300: one person, 23 bodies, 12 sessions or people around each
      const nodes = [{ id: 'per_hub', kind: 'Person', label: 'Người Trung Tâm' }];
      const edges: Array<Record<string, string>> = [];
      for (let o = 0; o < 23; o += 1) {
        nodes.push({ id: `org_${o}`, kind: 'Organization', label: `Đảng ủy xã Số ${o}` });
        edges.push({ id: `per_hub|HOLDS_OFFICE|org_${o}`, source: 'per_hub', target: `org_${o}`, relation: 'HOLDS_OFFICE' });
        for (let i = 0; i < 12; i += 1) {
          const leaf = i % 2 === 0 ? { id: `ses_${o}_${i}`, kind: 'Session', label: `Hội nghị ${o}.${i}` } : { id: `per_${o}_${i}`, kind: 'Person', label: `Nguyễn Văn ${o}.${i}` };
          nodes.push(leaf);
          edges.push(leaf.kind === 'Session'
            ? { id: `org_${o}|TOOK_PART|${leaf.id}`, source: `org_${o}`, target: leaf.id, relation: 'TOOK_PART' }
            : { id: `${leaf.id}|HOLDS_OFFICE|org_${o}`, source: leaf.id, target: `org_${o}`, relation: 'HOLDS_OFFICE' });
        }
      }
      document.getElementById('empty')!.hidden = true;
      graph.clear();
      graph.add({ nodes, edges }, 'per_hub');
      const started = performance.now();
      await graph.layout({ randomize: true, fit: true, animate: false });
      const ms = performance.now() - started;
      // a pair counts as piled up when one node hides most of the other
      const shapes = cy.nodes().map((n: any) => ({ ...n.position(), size: n.width() }));
      let overlapping = 0;
      for (let a = 0; a < shapes.length; a += 1) {
        for (let b = a + 1; b < shapes.length; b += 1) {
          const [p, q] = [shapes[a], shapes[b]];
          if (Math.hypot(p.x - q.x, p.y - q.y) < Math.min(p.size, q.size) * 0.6) overlapping += 1;
        }
      }
      const fitted = {
        zoom: cy.zoom(),
        edgeLabelsHidden: cy.edges('.quiet').length === cy.edges().length,
        hubFontPx: parseFloat(cy.getElementById('org_0').style('font-size')) * cy.zoom(),
      };
      cy.zoom({ level: 1.5, renderedPosition: { x: 300, y: 300 } });
      const zoomedIn = { edgeLabelsHidden: cy.edges('.quiet').length > 0 };
      cy.fit(undefined, 30);
      return { count: cy.nodes().length, ms, overlapping, fitted, zoomedIn };
    });
    await page.waitForTimeout(300);
    await page.screenshot({ path: path.join(ARTIFACTS, 'explorer-300.png') });
    expect(result.count).toBe(300);
    expect(result.ms).toBeLessThan(15_000);
    expect(result.overlapping).toBe(0);
    expect(result.fitted.zoom).toBeLessThan(0.75);
    expect(result.fitted.edgeLabelsHidden).toBe(true);
    expect(result.fitted.hubFontPx).toBeGreaterThanOrEqual(7); // the bodies stay named when the whole graph is in view
    expect(result.zoomedIn.edgeLabelsHidden).toBe(false);
    console.info(`300-node layout: ${Math.round(result.ms)} ms, ${result.overlapping} overlapping pairs, fitted zoom ${result.fitted.zoom.toFixed(2)}`);
  });

  it('ran without script errors or Content-Security-Policy violations', () => {
    expect(browser.problems).toEqual([]);
  });
});
