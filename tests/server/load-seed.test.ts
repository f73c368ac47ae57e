import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startTestServer } from './harness';

describe('the seed', () => {
  const seedDir = mkdtempSync(join(tmpdir(), 'polgraph-seed-'));
  beforeAll(() => {
    writeFileSync(join(seedDir, 'a.txt'), 'Sáng 5/3, Chi bộ thôn Bản Chắt họp định kỳ.');
    writeFileSync(join(seedDir, 'a.meta.json'), JSON.stringify({ url: 'https://test.example/ban-chat', title: 'Chi bộ họp', publishedAt: '2025-03-05' }));
    writeFileSync(join(seedDir, 'b.txt'), 'Chiều 6/3, Hội Cựu chiến binh xã Hòa Sơn gặp mặt hội viên.');
    writeFileSync(join(seedDir, 'empty.txt'), '  ');
    writeFileSync(join(seedDir, 'notes.gold.json'), '{}');
  });
  afterAll(() => rmSync(seedDir, { recursive: true, force: true }));

  it('loads every readable seed article into an empty store, once', async () => {
    const first = await startTestServer({ SEED: 'true', SEED_DIR: seedDir });
    const { body } = await first.gql('{ articles(first: 10) { totalCount nodes { url title publishedAt } } }');
    expect(body.data.articles.totalCount).toBe(2); // empty.txt is refused, the rest load
    expect(body.data.articles.nodes).toEqual(expect.arrayContaining([
      { url: 'https://test.example/ban-chat', title: 'Chi bộ họp', publishedAt: '2025-03-05' },
      { url: null, title: null, publishedAt: null },
    ]));
    const dataDir = first.config.dataDir;
    await first.server.stop();

    const second = await startTestServer({ SEED: 'true', SEED_DIR: seedDir, DATA_DIR: dataDir });
    expect((await second.server.store.counts()).Article).toBe(2);
    await second.close();
    await first.close();
  });
});
