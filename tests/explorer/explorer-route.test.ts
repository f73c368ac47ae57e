import express from 'express';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { EXPLORER_CSP, explorerRouter, mountExplorer } from '../../src/explorer/explorer-route';

describe('the explorer route', () => {
  let server: Server;
  let base: string;

  beforeAll(async () => {
    const app = express();
    mountExplorer(app);
    server = await new Promise<Server>((resolve) => {
      const s = app.listen(0, '127.0.0.1', () => resolve(s));
    });
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/explore`;
  });

  afterAll(async () => {
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    server.closeAllConnections();
    await closed;
  });

  it('serves the page at /explore with a self-only Content-Security-Policy', async () => {
    const response = await fetch(base);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    expect(response.headers.get('content-security-policy')).toBe(EXPLORER_CSP);
    expect(EXPLORER_CSP).not.toMatch(/unsafe|\*|https?:/);
    const html = await response.text();
    expect(html).toContain('/explore/vendor/cytoscape.min.js');
    expect(html).not.toMatch(/<script>|<style>|\sstyle="|https?:\/\//);
  });

  it('serves its own modules as JavaScript, with the same policy', async () => {
    const response = await fetch(`${base}/assets/app.js`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/javascript/);
    expect(response.headers.get('content-security-policy')).toBe(EXPLORER_CSP);
  });

  it.each(['cytoscape.min.js', 'layout-base.js', 'cose-base.js', 'cytoscape-fcose.js'])('serves the vendor file %s from node_modules', async (file) => {
    const response = await fetch(`${base}/vendor/${file}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/javascript/);
    expect((await response.text()).length).toBeGreaterThan(10_000);
  });

  it.each(['cytoscape.umd.js', 'package.json', '..%2F..%2Fpackage.json', 'react.js'])('refuses vendor files not on the list: %s', async (file) => {
    expect((await fetch(`${base}/vendor/${file}`)).status).toBe(404);
  });

  it('serves nothing outside its public folder', async () => {
    for (const tail of ['/assets/..%2Fexplorer-route.ts', '/assets/%2E%2E/explorer-route.ts', '/nothing-here']) {
      expect((await fetch(`${base}${tail}`)).status).toBeGreaterThanOrEqual(400);
    }
  });
});

describe('the explorer route without its page files', () => {
  it('answers 503 instead of failing the server', async () => {
    const app = express();
    app.use('/explore', explorerRouter(null));
    const server = await new Promise<Server>((resolve) => {
      const s = app.listen(0, '127.0.0.1', () => resolve(s));
    });
    try {
      const response = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/explore`);
      expect(response.status).toBe(503);
    } finally {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await closed;
    }
  });
});
