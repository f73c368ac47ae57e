import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { join } from 'node:path';
import { numberedArticles, tempDir } from '../ingest/batch/sample-articles';
import { buildCli } from './build-cli';
import { cli } from './run-cli-io';
import { readStoreFacts } from './store-facts';

/** Another process holding the store: the real CLI waiting for JSONL on its stdin. */
function holdStore(main: string, dataDir: string): Promise<ChildProcessWithoutNullStreams> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [main, 'ingest', '-', '--data-dir', dataDir]);
    let log = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      log += chunk;
      if (log.includes('ingesting stdin')) resolve(child);
    });
    child.on('exit', (code) => reject(new Error(`the holder exited (${code}): ${log}`)));
  });
}

describe('a store folder held by another process', () => {
  const dir = tempDir('locked');
  const dataDir = join(dir.path, 'data');
  const articles = numberedArticles(3).map((a) => JSON.stringify(a)).join('\n');
  let main = '';
  beforeAll(async () => {
    main = buildCli();
    expect((await cli(['ingest', '-', '--data-dir', dataDir], { stdin: articles })).code).toBe(0);
  }, 180_000);
  afterAll(() => dir.cleanup());

  it('makes ingest and export say so, point at --endpoint, exit 2 and touch nothing', async () => {
    const before = await readStoreFacts(dataDir);
    const holder = await holdStore(main, dataDir);
    try {
      const ingest = await cli(['ingest', '-', '--data-dir', dataDir], { stdin: JSON.stringify(numberedArticles(5)[4]) });
      expect(ingest.code).toBe(2);
      expect(ingest.stderr).toContain(`the store folder ${dataDir} is in use by another process`);
      expect(ingest.stderr).toContain('--endpoint http://localhost:4000/graphql --token');
      const exported = await cli(['export', '--format', 'json', '--out', '-', '--data-dir', dataDir]);
      expect(exported.code).toBe(2);
      expect(exported.stderr).toMatch(/in use by another process[^]*Stop the server/);
    } finally {
      const exited = new Promise((resolve) => holder.on('exit', resolve));
      holder.stdin.end();
      await expect(exited).resolves.toBe(0);
    }
    expect(await readStoreFacts(dataDir)).toEqual(before);
  }, 60_000);
});
