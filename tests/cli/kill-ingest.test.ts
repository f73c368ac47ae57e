import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { numberedArticles, tempDir } from '../ingest/batch/sample-articles';
import { buildCli } from './build-cli';
import { cli } from './run-cli-io';
import { readStoreFacts, type StoreFacts } from './store-facts';

const ARTICLES = 60; // about 5 articles/s with facts at the time of writing: keep the test under a minute

/** Starts the built CLI on the dump and SIGKILLs it once `atLeast` articles are reported done. */
function ingestAndKill(main: string, dump: string, dataDir: string, atLeast: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [main, 'ingest', dump, '--data-dir', dataDir, '--progress-interval', '1', '--group-size', '4'], { stdio: ['ignore', 'ignore', 'pipe'] });
    let log = '';
    let killedAt = -1;
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      log += chunk;
      const done = [...log.matchAll(/ingest: (\d+)\//g)].map((m) => Number(m[1]));
      if (killedAt < 0 && done.length && done[done.length - 1] >= atLeast) {
        killedAt = done[done.length - 1];
        // a few milliseconds later, so the kill lands anywhere in the next article's transaction
        setTimeout(() => child.kill('SIGKILL'), Math.random() * 5);
      }
    });
    child.on('exit', (code, signal) => {
      if (signal === 'SIGKILL') resolve(killedAt);
      else reject(new Error(`the ingest ended (code ${code}) before it could be killed:\n${log}`));
    });
  });
}

/** Every article present has exactly the facts a clean run gave it, and no node lacks an article stating it. */
function expectWholeArticles(killed: StoreFacts, clean: StoreFacts): void {
  for (const id of killed.articleIds) expect([id, killed.factsByArticle.get(id)]).toEqual([id, clean.factsByArticle.get(id)]);
  const stated = new Set([...killed.factsByArticle.values()].flat().flatMap((f) => f.split('|').slice(1, 3)));
  expect(killed.nodeIds.filter((id) => !stated.has(id))).toEqual([]);
}

describe('killing an ingest with SIGKILL', () => {
  const dir = tempDir('kill');
  const dump = join(dir.path, 'dump.jsonl');
  let main = '';
  let clean: StoreFacts;

  beforeAll(async () => {
    main = buildCli();
    writeFileSync(dump, numberedArticles(ARTICLES).map((a) => JSON.stringify(a)).join('\n'));
    const reference = join(dir.path, 'clean');
    expect((await cli(['ingest', dump, '--data-dir', reference])).code).toBe(0);
    clean = await readStoreFacts(reference);
    expect(clean.articleIds).toHaveLength(ARTICLES);
    // the check means something only when articles carry facts beyond their own node
    expect([...clean.factsByArticle.values()].filter((f) => f.length > 0).length).toBeGreaterThan(ARTICLES / 2);
  }, 180_000);
  afterAll(() => dir.cleanup());

  it('leaves only whole articles, and a second run completes the work with nothing duplicated', async () => {
    const dataDir = join(dir.path, 'killed');
    const killedAt = await ingestAndKill(main, dump, dataDir, 8);
    const first = await readStoreFacts(dataDir);
    expect(first.articleIds.length).toBeGreaterThanOrEqual(killedAt);
    expect(first.articleIds.length).toBeLessThan(ARTICLES);
    expectWholeArticles(first, clean);

    await ingestAndKill(main, dump, dataDir, first.articleIds.length + 8); // killed again, on the way to finishing
    const killed = await readStoreFacts(dataDir);
    expect(killed.articleIds.length).toBeGreaterThan(first.articleIds.length);
    expect(killed.articleIds.length).toBeLessThan(ARTICLES);
    expectWholeArticles(killed, clean);

    const again = await cli(['ingest', dump, '--data-dir', dataDir, '--json']);
    expect(again.code).toBe(0);
    expect(JSON.parse(again.stdout)).toMatchObject({
      outcomes: { created: ARTICLES - killed.articleIds.length, unchanged: killed.articleIds.length }, failed: 0,
    });
    const completed = await readStoreFacts(dataDir);
    expect(completed.counts).toEqual(clean.counts);
    expect(completed.articleIds).toEqual(clean.articleIds);
    expect(completed.nodeIds).toEqual(clean.nodeIds);
    expect(completed.factsByArticle).toEqual(clean.factsByArticle);
  }, 120_000);

  it('stops after the article in flight on Ctrl-C, prints the summary and exits 130', async () => {
    const dataDir = join(dir.path, 'interrupted');
    const args = [main, 'ingest', dump, '--data-dir', dataDir, '--progress-interval', '1', '--group-size', '2'];
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    let log = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      const firstProgress = !/ingest: \d+\//.test(log) && /ingest: \d+\//.test(log + chunk);
      log += chunk;
      if (firstProgress) child.kill('SIGINT');
    });
    const code = await new Promise((resolve) => child.on('exit', resolve));
    expect(code).toBe(130);
    expect(log).toContain('stopping after the articles in flight');
    expect(log).toMatch(/interrupted after \d+ articles/);
    const stopped = await readStoreFacts(dataDir);
    expect(stopped.articleIds.length).toBeLessThan(ARTICLES);
    expectWholeArticles(stopped, clean);
  }, 60_000);
});
