import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadConfig } from '../../src/server/config';
import { startServer, type RunningServer } from '../../src/server/start-server';
import { numberedArticles, tempDir } from '../ingest/batch/sample-articles';
import { cli } from './run-cli-io';

describe('vn-polgraph ingest --endpoint (the real server)', () => {
  const dir = tempDir('endpoint');
  const dump = join(dir.path, 'dump.jsonl');
  let server: RunningServer;

  beforeAll(async () => {
    const env = { PORT: '0', HOST: '127.0.0.1', DATA_DIR: join(dir.path, 'data'), API_TOKEN: 'mat-khau-thu', SEED: 'false', LOG_LEVEL: 'silent' };
    server = await startServer(loadConfig(env, resolve(__dirname, '../..')));
    const lines = numberedArticles(4).map((a) => JSON.stringify(a));
    lines.splice(1, 0, JSON.stringify({ text: '', url: 'https://tin.example/rong' }));
    writeFileSync(dump, lines.join('\n'));
  }, 60_000);
  afterAll(async () => {
    await server?.stop();
    dir.cleanup();
  });

  it('sends every good record to the mutation and reports the bad one (exit 1)', async () => {
    const run = await cli(['ingest', dump, '--endpoint', server.url, '--json'], { env: { API_TOKEN: 'mat-khau-thu' } });
    expect(run.stderr).toContain(`failed: ${dump}:2: invalid article: text: text is empty`);
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout)).toMatchObject({ done: 5, failed: 1, outcomes: { accepted: 4 } });
    expect(run.stderr).toMatch(/into the server http:\/\/127\.0\.0\.1:\d+\/graphql/);
    expect((await server.store.counts()).Article).toBe(4);
  });

  it('adds nothing when the same records are sent again', async () => {
    const before = await server.store.counts();
    await cli(['ingest', dump, '--endpoint', server.url, '--token', 'mat-khau-thu']);
    expect(await server.store.counts()).toEqual(before);
  });

  it('stops at once on a refused token (exit 2)', async () => {
    const run = await cli(['ingest', dump, '--endpoint', server.url, '--token', 'sai']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/stopped: the server refused the token/);
  });
});
