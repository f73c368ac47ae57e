import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { folderSource, readArticleFile } from '../../../src/ingest/batch/folder-source';
import type { SourceItem } from '../../../src/ingest/batch/source-item';
import { SAMPLE_ARTICLES, tempDir } from './sample-articles';

async function collect(items: AsyncIterable<SourceItem>): Promise<SourceItem[]> {
  const out: SourceItem[] = [];
  for await (const i of items) out.push(i);
  return out;
}

describe('folder source', () => {
  const dir = tempDir('folder');
  const [a, b, c] = SAMPLE_ARTICLES;
  beforeAll(() => {
    mkdirSync(join(dir.path, '2025', '03'), { recursive: true });
    writeFileSync(join(dir.path, '2025', '03', 'bai-1.txt'), a.text);
    writeFileSync(join(dir.path, '2025', '03', 'bai-1.meta.json'), JSON.stringify({ url: a.url, title: a.title, publishedAt: a.publishedAt, other: 1 }));
    writeFileSync(join(dir.path, 'bai-2.txt'), `\ufeff${b.text}`);
    writeFileSync(join(dir.path, 'bai-2.txt.meta.json'), JSON.stringify({ url: b.url }));
    writeFileSync(join(dir.path, 'bai-3.txt'), c.text);
    writeFileSync(join(dir.path, 'bai-3.meta.json'), '{"url": "https://x.example/1",');
    writeFileSync(join(dir.path, 'ghi-chu.md'), 'không phải bài báo');
  });
  afterAll(() => dir.cleanup());

  it('reads every .txt below the folder, in name order, with its meta beside it', async () => {
    const items = await collect(folderSource(dir.path).items());
    expect(items.map((i) => i.where)).toEqual([
      join(dir.path, '2025', '03', 'bai-1.txt'),
      join(dir.path, 'bai-2.txt'),
      join(dir.path, 'bai-3.txt'),
    ]);
    expect(items[0].raw).toEqual({ url: a.url, title: a.title, publishedAt: a.publishedAt, text: a.text });
    expect(items[1].raw).toEqual({ url: b.url, text: b.text }); // byte order mark dropped
  });

  it('reports a broken meta file as a failed item naming it', async () => {
    const items = await collect(folderSource(dir.path).items());
    expect(items[2].error).toMatch(/bai-3\.meta\.json is not valid JSON/);
  });

  it('counts the articles without reading them', async () => {
    await expect(folderSource(dir.path).count()).resolves.toBe(3);
  });

  it('turns an unreadable file into a failed item', async () => {
    const item = await readArticleFile(join(dir.path, '2025'));
    expect(item.error).toMatch(/cannot read the file: .*EISDIR/);
  });
});
