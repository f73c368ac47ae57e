import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../../src/server/config';
import { startServer } from '../../src/server/start-server';
import { createStore } from '../../src/store/create-store';
import type { GraphStore } from '../../src/store/store.port';

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

describe('while the server starts', () => {
  const dir = mkdtempSync(join(tmpdir(), 'polgraph-starting-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('answers /healthz and GraphQL with 503 until the seed is loaded, then 200', async () => {
    const store = await createStore({ backend: 'embedded', dataDir: join(dir, 'db') });
    let release!: () => void;
    const gate = new Promise<void>((r) => { release = r; });
    // The seed starts by counting: hold that until the test has looked.
    const slow = new Proxy(store, {
      get: (target, key, receiver) => {
        const value = Reflect.get(target, key, receiver);
        if (key === 'counts') return async () => { await gate; return target.counts(); };
        return typeof value === 'function' ? value.bind(target) : value;
      },
    }) as GraphStore;
    const port = await freePort();
    const config = loadConfig({ PORT: String(port), HOST: '127.0.0.1', SEED: 'true', SEED_DIR: join(dir, 'no-seed'), LOG_LEVEL: 'silent' });
    const starting = startServer(config, { store: slow });
    const base = `http://127.0.0.1:${port}`;
    let health = await fetch(`${base}/healthz`).catch(() => null);
    for (let i = 0; !health && i < 100; i++) {
      await new Promise((r) => setTimeout(r, 50));
      health = await fetch(`${base}/healthz`).catch(() => null);
    }
    expect(health?.status).toBe(503);
    expect(await health?.json()).toMatchObject({ status: 'starting', backend: 'embedded' });
    const early = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' });
    expect(early.status).toBe(503);
    expect((await early.json()).errors[0]).toMatchObject({ message: 'the server is starting: try again in a moment', extensions: { code: 'SERVICE_UNAVAILABLE' } });

    release();
    const server = await starting;
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    await server.stop();
    await store.close();
  });
});
