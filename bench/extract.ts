/**
 * Extraction throughput on one core: `npm run bench:extract -- [--articles N]
 * [--seed S] [--set DIR] [--rounds R]`. Reads a set folder (ID.txt with
 * ID.meta.json) or generates N articles with the corpus generator, warms up,
 * then extracts every article R times and reports articles/s and MB/s.
 * Pure CPU: the corpus is in memory before the clock starts.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ArticleMeta } from '../src/domain/facts';
import { extractArticle } from '../src/extraction/extract-article';
import { generateCorpus } from './corpus/generate';

interface Article {
  text: string;
  meta: ArticleMeta;
}

function arg(argv: string[], name: string): string | undefined {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1] : undefined;
}

function readSet(dir: string): Article[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => {
      const metaFile = join(dir, f.replace(/\.txt$/, '.meta.json'));
      return { text: readFileSync(join(dir, f), 'utf8'), meta: existsSync(metaFile) ? JSON.parse(readFileSync(metaFile, 'utf8')) : {} };
    });
}

function main(argv: string[]): void {
  const set = arg(argv, 'set');
  const rounds = Number(arg(argv, 'rounds') ?? 3);
  const articles: Article[] = set
    ? readSet(set)
    : [...generateCorpus({ articles: Number(arg(argv, 'articles') ?? 2000), seed: Number(arg(argv, 'seed') ?? 1) })].map((a) => ({ text: a.text, meta: a.meta }));
  const bytes = articles.reduce((s, a) => s + Buffer.byteLength(a.text), 0);
  for (const a of articles.slice(0, 200)) extractArticle(a.text, a.meta); // warm-up: JIT and lexicon regexes
  let facts = 0;
  const started = process.hrtime.bigint();
  const cpuStarted = process.cpuUsage();
  for (let r = 0; r < rounds; r++) {
    for (const a of articles) facts += extractArticle(a.text, a.meta).positions.length;
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const cpu = process.cpuUsage(cpuStarted);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const n = articles.length * rounds;
  const rate = (s: number) => `${(n / s).toFixed(0)} articles/s, ${((bytes * rounds) / s / 1e6).toFixed(2)} MB/s`;
  console.log(`extracted ${n} articles (${(bytes / articles.length / 1024).toFixed(1)} KB each, ${facts} positions)`);
  console.log(`  wall ${seconds.toFixed(2)} s: ${rate(seconds)}`);
  // CPU time of this process: the one-core rate even when other processes share the machine.
  console.log(`  cpu  ${cpuSeconds.toFixed(2)} s: ${rate(cpuSeconds)}`);
}

main(process.argv.slice(2));
