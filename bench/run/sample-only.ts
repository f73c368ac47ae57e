import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateCorpus } from '../corpus/generate';
import { TruthSampler } from './variables';

/**
 * `ts-node --transpile-only bench/run/sample-only.ts DATA_DIR ARTICLES [SEED]`
 *
 * Writes the truth sample and a minimal bench-meta.json into a data folder
 * whose build did not finish its bookkeeping (generation only, no store),
 * so `--data DIR --reads-only` can measure the reads of that folder.
 */
const [dir, articles, seed = '1'] = process.argv.slice(2);
const sampler = new TruthSampler(Number(seed));
for (const a of generateCorpus({ articles: Number(articles), seed: Number(seed) })) sampler.add(a);
writeFileSync(join(dir, 'bench-sample.json'), JSON.stringify(sampler.sample));
const meta = { articles: Number(articles), seed: Number(seed), batch: 0, builtAt: 'unknown (sample only)', seconds: 0, ingestPerSecond: 0,
  savePerSecond: 0, extractPerSecond: 0, outcomes: { created: 0, unchanged: 0, replaced: 0 }, failed: 0, failures: [], corpusBytes: 0, peakRssBytes: 0, storeBytes: 0 };
writeFileSync(join(dir, 'bench-meta.json'), JSON.stringify(meta, null, 2));
