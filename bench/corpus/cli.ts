import { createWriteStream, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Writable } from 'node:stream';
import { generateCorpus, type GeneratedArticle } from './generate';

/**
 * `npm run gen:corpus -- --articles N --seed S [--out DIR] [--jsonl] [--with-truth]`
 *
 * Writes a GOLD.md set (ID.txt, ID.meta.json, ID.gold.json) into DIR, or with
 * --jsonl one line `{id, text, url, title, publishedAt}` per article into
 * DIR/corpus.jsonl (or standard output when --out is `-`), ready for
 * `vn-polgraph ingest`. Streams: memory stays flat whatever N is.
 */
export interface CliOptions { articles: number; seed: number; out: string; jsonl: boolean; withTruth: boolean }

export function parseArgs(argv: string[]): CliOptions {
  const get = (name: string): string | undefined => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const articles = Number(get('articles') ?? 1000);
  const seed = Number(get('seed') ?? 1);
  if (!Number.isInteger(articles) || articles < 1) throw new Error('--articles must be a positive integer');
  if (!Number.isInteger(seed) || seed < 0) throw new Error('--seed must be a non-negative integer');
  const jsonl = argv.includes('--jsonl');
  const out = get('out') ?? join('bench', 'out', `corpus-${articles}-${seed}`);
  return { articles, seed, out, jsonl, withTruth: argv.includes('--with-truth') };
}

/** One JSONL record: what the ingest CLI reads, plus the id (and the truth when asked). */
export function jsonlRecord(a: GeneratedArticle, withTruth: boolean): string {
  const record: Record<string, unknown> = { id: a.id, text: a.text, ...a.meta };
  if (withTruth) record.truth = a.truth;
  return JSON.stringify(record);
}

async function write(stream: Writable, chunk: string): Promise<void> {
  if (!stream.write(chunk)) await new Promise<void>((resolve) => stream.once('drain', resolve));
}

export async function main(argv: string[]): Promise<void> {
  const o = parseArgs(argv);
  const started = Date.now();
  const corpus = generateCorpus({ articles: o.articles, seed: o.seed });
  let bytes = 0;
  if (o.jsonl) {
    const toStdout = o.out === '-';
    if (!toStdout) mkdirSync(o.out, { recursive: true });
    const stream = toStdout ? process.stdout : createWriteStream(join(o.out, 'corpus.jsonl'));
    for (const a of corpus) {
      bytes += Buffer.byteLength(a.text);
      await write(stream, `${jsonlRecord(a, o.withTruth)}\n`);
    }
    if (!toStdout) await new Promise<void>((resolve) => (stream as ReturnType<typeof createWriteStream>).end(resolve));
  } else {
    mkdirSync(o.out, { recursive: true });
    for (const a of corpus) {
      bytes += Buffer.byteLength(a.text);
      writeFileSync(join(o.out, `${a.id}.txt`), a.text);
      writeFileSync(join(o.out, `${a.id}.meta.json`), `${JSON.stringify(a.meta)}\n`);
      writeFileSync(join(o.out, `${a.id}.gold.json`), `${JSON.stringify(a.truth, null, 1)}\n`);
    }
  }
  const seconds = (Date.now() - started) / 1000;
  process.stderr.write(`generated ${o.articles} articles (seed ${o.seed}, ${(bytes / o.articles / 1024).toFixed(1)} KB each) into ${o.out} in ${seconds.toFixed(1)} s\n`);
}

if (require.main === module) {
  main(process.argv.slice(2)).catch((err: unknown) => {
    process.stderr.write(`gen:corpus: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  });
}
