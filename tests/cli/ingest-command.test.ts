import { writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { BatchTally } from '../../src/ingest/batch/batch-tally';
import { createStore } from '../../src/store/create-store';
import { numberedArticles, SAMPLE_ARTICLES, tempDir } from '../ingest/batch/sample-articles';
import { cli } from './run-cli-io';
import { readStoreFacts } from './store-facts';

async function countsIn(dataDir: string): Promise<Record<string, number>> {
  const store = await createStore({ backend: 'embedded', dataDir });
  try {
    return await store.counts();
  } finally {
    await store.close();
  }
}

describe('vn-polgraph ingest (embedded store)', () => {
  const dir = tempDir('cli-ingest');
  const crawl = join(dir.path, 'crawl');
  const dump = join(dir.path, 'dump.jsonl');
  const dataDir = join(dir.path, 'data');

  beforeAll(() => {
    mkdirSync(join(crawl, 'thang-3'), { recursive: true });
    SAMPLE_ARTICLES.forEach((a, i) => {
      const sub = i < 2 ? join(crawl, 'thang-3') : crawl;
      writeFileSync(join(sub, `bai-${i}.txt`), a.text);
      writeFileSync(join(sub, `bai-${i}.meta.json`), JSON.stringify({ url: a.url, title: a.title, publishedAt: a.publishedAt }));
    });
    writeFileSync(join(crawl, 'rong.txt'), '   \n');
    const lines = numberedArticles(6).map((a) => JSON.stringify(a));
    lines.splice(2, 0, '{"text": "Ngày 1/1/2025, Chi bộ', JSON.stringify({ text: 'Đảng ủy xã họp.', publishedAt: '2025-13-01' }));
    writeFileSync(dump, `${lines.join('\n')}\n`);
  });
  afterAll(() => dir.cleanup());

  it('ingests a folder, reports the empty file and exits 1', async () => {
    const run = await cli(['ingest', crawl, '--data-dir', dataDir, '--json']);
    expect(run.code).toBe(1);
    const tally = JSON.parse(run.stdout) as BatchTally;
    expect(tally).toMatchObject({ total: 6, done: 6, failed: 1, outcomes: { created: 5, unchanged: 0 } });
    expect(run.stderr).toContain(`failed: ${join(crawl, 'rong.txt')}: invalid article: text: text is empty`);
    expect(run.stderr).toMatch(/done: 6 articles in .* articles\/s\)\n {2}articles: new 5, unchanged 0, failed 1/);
    expect((await countsIn(dataDir)).Article).toBe(5);
  });

  it('adds nothing when the same folder is ingested again', async () => {
    const before = await countsIn(dataDir);
    const run = await cli(['ingest', crawl, '--data-dir', dataDir, '--json']);
    expect(JSON.parse(run.stdout)).toMatchObject({ outcomes: { created: 0, unchanged: 5 }, failed: 1 });
    expect(await countsIn(dataDir)).toEqual(before);
  });

  it('ingests JSONL naming bad lines by number, then all unchanged on a second run', async () => {
    const first = await cli(['ingest', dump, '--data-dir', dataDir, '--json']);
    expect(first.code).toBe(1);
    expect(JSON.parse(first.stdout)).toMatchObject({ total: 8, outcomes: { created: 6 }, failed: 2 });
    expect(first.stderr).toContain(`failed: ${dump}:3: not valid JSON`);
    expect(first.stderr).toContain(`failed: ${dump}:4: invalid article: publishedAt: publishedAt must be a calendar date`);
    const second = await cli(['ingest', dump, '--data-dir', dataDir, '--json']);
    expect(JSON.parse(second.stdout)).toMatchObject({ outcomes: { created: 0, unchanged: 6 }, failed: 2 });
  });

  it('reads JSONL from stdin and exits 0 when every record is saved', async () => {
    const stdin = numberedArticles(8).slice(6).map((a) => JSON.stringify(a)).join('\n');
    const run = await cli(['ingest', '-', '--data-dir', dataDir, '--json'], { stdin });
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ total: null, outcomes: { created: 2 }, failed: 0 });
  });

  it('with --reextract replaces the facts of just the articles given', async () => {
    const before = await countsIn(dataDir);
    const run = await cli(['ingest', join(crawl, 'thang-3'), '--data-dir', dataDir, '--reextract', '--json']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ outcomes: { replaced: 2, created: 0, unchanged: 0 } });
    expect(await countsIn(dataDir)).toEqual(before);
  });

  it('re-extracting one article leaves every fact, its own and the others\', as it was', async () => {
    const before = await readStoreFacts(dataDir);
    const run = await cli(['ingest', join(crawl, 'thang-3', 'bai-0.txt'), '--data-dir', dataDir, '--reextract', '--json']);
    expect(JSON.parse(run.stdout)).toMatchObject({ outcomes: { replaced: 1 } });
    const after = await readStoreFacts(dataDir);
    expect(after.factsByArticle).toEqual(before.factsByArticle); // same extractor, same facts; others untouched
    expect(after.nodeIds).toEqual(before.nodeIds);
  });

  it('ingests one .txt file given alone, with its meta', async () => {
    const run = await cli(['ingest', join(crawl, 'bai-2.txt'), '--data-dir', dataDir, '--json']);
    expect(JSON.parse(run.stdout)).toMatchObject({ total: 1, outcomes: { unchanged: 1 } });
  });

  it('takes DATA_DIR from the environment', async () => {
    const run = await cli(['ingest', join(crawl, 'thang-3'), '--json'], { env: { DATA_DIR: dataDir } });
    expect(JSON.parse(run.stdout)).toMatchObject({ outcomes: { unchanged: 2 } });
  });

  it('checks KUZU_BUFFER_POOL_MB as the server does, before touching the store', async () => {
    const run = await cli(['ingest', join(crawl, 'thang-3'), '--data-dir', dataDir], { env: { KUZU_BUFFER_POOL_MB: 'lots' } });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('KUZU_BUFFER_POOL_MB: KUZU_BUFFER_POOL_MB must be a number of MB (got "lots")');
  });

  it.each([
    [['ingest', '/khong/co/thu-muc'], /no such file or folder/],
    [['ingest', '-', '--backend', 'sqlite'], /unknown backend "sqlite"/],
    [['ingest', '-', '--endpoint', 'http://127.0.0.1:4000/graphql'], /--endpoint needs --token/],
    [['ingest', '-', '--endpoint', 'http://x/graphql', '--token', 't', '--reextract'], /--reextract needs the store itself/],
    [['ingest', '-', '--backend', 'neo4j'], /needs NEO4J_URI/],
    [['ingest', '-', '--concurrency', '0'], /positive whole number/],
    [['ingest'], /missing required argument/],
    [['frobnicate'], /unknown command/],
  ])('exits 2 on a usage error: %j', async (args, message) => {
    const run = await cli(args, { stdin: '' });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
  });
});
