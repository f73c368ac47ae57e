import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { countNonBlankLines, jsonlFileSource, readJsonl } from '../../../src/ingest/batch/jsonl-source';
import type { SourceItem } from '../../../src/ingest/batch/source-item';
import { SAMPLE_ARTICLES, tempDir } from './sample-articles';

async function collect(items: AsyncIterable<SourceItem>): Promise<SourceItem[]> {
  const out: SourceItem[] = [];
  for await (const i of items) out.push(i);
  return out;
}

describe('JSON Lines source', () => {
  const [a, b] = SAMPLE_ARTICLES;
  const lines = [JSON.stringify(a), '', '{"text": "Ngày 3/3/2025, Chi bộ', '[1, 2]', `${JSON.stringify(b)}\r`].join('\n');

  it('reads one record a line and names bad lines by number', async () => {
    const items = await collect(readJsonl(Readable.from([lines]), 'dump.jsonl'));
    expect(items.map((i) => i.where)).toEqual(['dump.jsonl:1', 'dump.jsonl:3', 'dump.jsonl:4', 'dump.jsonl:5']);
    expect(items[0].raw).toEqual(a);
    expect(items[1].error).toMatch(/^not valid JSON/);
    expect(items[2].error).toMatch(/^not a JSON object/);
    expect(items[3].raw).toEqual(b);
  });

  it('reads lines split across chunks, multi-byte letters included', async () => {
    const bytes = Buffer.from(`${JSON.stringify(a)}\n${JSON.stringify(b)}\n`, 'utf8');
    const chunks = Array.from({ length: Math.ceil(bytes.length / 7) }, (_, i) => bytes.subarray(i * 7, i * 7 + 7));
    const items = await collect(readJsonl(Readable.from(chunks), 'stdin'));
    expect(items.map((i) => i.raw)).toEqual([a, b]);
  });

  it('counts non-blank lines, a last line without newline included', async () => {
    await expect(countNonBlankLines(Readable.from([Buffer.from('{}\n \n\r\n{}\n{}')]))).resolves.toBe(3);
  });

  it('reads a file and counts its records', async () => {
    const dir = tempDir('jsonl');
    try {
      const path = join(dir.path, 'dump.jsonl');
      writeFileSync(path, `${JSON.stringify(a)}\n\n${JSON.stringify(b)}\n`);
      const source = jsonlFileSource(path);
      await expect(source.count()).resolves.toBe(2);
      expect((await collect(source.items())).map((i) => i.where)).toEqual([`${path}:1`, `${path}:3`]);
    } finally {
      dir.cleanup();
    }
  });
});
