import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { KuzuStore } from '../../src/store/kuzu/kuzu-store';
import { StoreError } from '../../src/store/store.port';
import { startTestServer, type TestServer } from './harness';

describe('GET /healthz', () => {
  let t: TestServer;
  beforeAll(async () => { t = await startTestServer(); });
  afterAll(() => t?.close());

  it('answers 200 once the server can serve queries, and says when reads come from the read model', async () => {
    const response = await fetch(new URL('/healthz', t.server.url));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok', backend: 'embedded', readModel: expect.stringMatching(/^(loading|ready)$/) });
    let health = { readModel: 'loading' };
    for (let i = 0; i < 100 && health.readModel === 'loading'; i++) {
      await new Promise((r) => setTimeout(r, 50));
      health = (await (await fetch(new URL('/healthz', t.server.url))).json()) as typeof health;
    }
    expect(health).toEqual({ status: 'ok', backend: 'embedded', readModel: 'ready' });
  });

  it('says the reads come from Kùzu when READ_MODEL=false', async () => {
    const plain = await startTestServer({ READ_MODEL: 'false' });
    try {
      expect(await (await fetch(new URL('/healthz', plain.server.url))).json()).toEqual({ status: 'ok', backend: 'embedded', readModel: 'off' });
    } finally {
      await plain.close();
    }
  });
});

describe('stop()', () => {
  it('closes the store so the same folder opens again', async () => {
    const first = await startTestServer();
    const dataDir = first.config.dataDir;
    await first.server.stop();
    const second = await startTestServer({ DATA_DIR: dataDir });
    expect((await second.gql('{ __typename }')).body).toEqual({ data: { __typename: 'Query' } });
    await second.close();
    await first.close();
  });
});

describe('GET /healthz on a stopped store', () => {
  /** A real embedded store whose database a failed commit broke (tests/store/kuzu/kuzu-full-pool.test.ts makes one for real). */
  class StoppedStore extends KuzuStore {
    override failure(): StoreError {
      return new StoreError('the embedded store has stopped: buffer pool full (in: COMMIT). Restart the process');
    }
  }

  it('answers 503 with the reason, so that a supervisor restarts the process', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'polgraph-stopped-'));
    const store = new StoppedStore(dir);
    await store.init();
    const t = await startTestServer({}, { store });
    try {
      const response = await fetch(new URL('/healthz', t.server.url));
      expect(response.status).toBe(503);
      expect(await response.json()).toEqual({ status: 'failed', backend: 'embedded', error: expect.stringContaining('Restart the process') });
    } finally {
      await t.close();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
