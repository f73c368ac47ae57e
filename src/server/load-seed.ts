import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { Logger } from 'pino';
import { ingestArticle } from '../ingest/ingest-article';
import type { GraphStore } from '../store/store.port';

export interface SeedReport {
  skipped: boolean; // the store already held articles
  ingested: number;
  failed: string[]; // file names that could not be read or ingested
}

/**
 * Loads the bundled seed articles when the store holds no article yet:
 * every `seed/*.txt`, with `seed/<name>.meta.json` ({url, title,
 * publishedAt}) where present, through the same ingest use case as the
 * mutation. A bad file is logged and skipped; the others still load.
 */
export async function loadSeed(store: GraphStore, seedDir: string, logger?: Logger): Promise<SeedReport> {
  const counts = await store.counts();
  if (counts.Article > 0) return { skipped: true, ingested: 0, failed: [] };
  if (!existsSync(seedDir)) {
    logger?.warn({ seedDir }, 'no seed folder: starting with an empty store');
    return { skipped: false, ingested: 0, failed: [] };
  }
  const texts = (await readdir(seedDir)).filter((f) => f.endsWith('.txt')).sort();
  const report: SeedReport = { skipped: false, ingested: 0, failed: [] };
  for (const file of texts) {
    try {
      await ingestArticle(store, await readSeedArticle(seedDir, file));
      report.ingested += 1;
    } catch (error) {
      report.failed.push(file);
      logger?.error({ err: error, file }, 'seed article not loaded');
    }
  }
  logger?.info({ ingested: report.ingested, failed: report.failed.length }, 'seed articles loaded');
  return report;
}

async function readSeedArticle(seedDir: string, file: string): Promise<Record<string, unknown>> {
  const text = await readFile(join(seedDir, file), 'utf8');
  const metaPath = join(seedDir, `${basename(file, '.txt')}.meta.json`);
  const meta = existsSync(metaPath) ? (JSON.parse(await readFile(metaPath, 'utf8')) as Record<string, unknown>) : {};
  return { text, url: meta.url ?? null, title: meta.title ?? null, publishedAt: meta.publishedAt ?? null };
}
