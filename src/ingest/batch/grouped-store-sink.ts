import type { GraphStore, SaveOutcome } from '../../store/store.port';
import { storeSink, type ArticleSink, type SinkResult } from './article-sink';
import { prepareArticle, type PreparedArticle } from '../prepare-article';

/**
 * Saves articles in groups, one transaction per group: a kill still leaves
 * whole articles only (a group is written entirely or not at all), and far
 * fewer commits. Bad records are set aside before the save; when a group's
 * transaction fails, its articles are saved one by one so one bad article
 * cannot take its neighbours down with it.
 *
 * Groups may be given before the previous one is saved (the batch runs two
 * workers): a group is extracted at once, article by article with the event
 * loop free in between, so the store's statements for the group before it
 * keep going in the engine's thread; the saves themselves happen in the
 * order the groups came, one at a time.
 */
export function groupedStoreSink(store: GraphStore, options: { replace?: boolean } = {}): ArticleSink {
  const single = storeSink(store, options);
  let lastSave: Promise<void> = Promise.resolve();
  return {
    description: single.description,
    ingest: single.ingest,
    async ingestMany(raws) {
      const previous = lastSave;
      let done = (): void => undefined;
      lastSave = new Promise<void>((resolve) => (done = resolve));
      try {
        const prepared = await prepareInTurns(raws);
        await previous;
        const ready = prepared.filter((p): p is PreparedArticle => !(p instanceof Error));
        const saved = await saveGroup(store, ready, options);
        let next = 0;
        return prepared.map((p) => (p instanceof Error ? p : saved[next++]));
      } finally {
        done();
      }
    },
  };
}

/** Each article checked and extracted (or its error), yielding to the event loop after each. */
async function prepareInTurns(raws: readonly unknown[]): Promise<Array<PreparedArticle | Error>> {
  const prepared: Array<PreparedArticle | Error> = [];
  for (const raw of raws) {
    try {
      prepared.push(prepareArticle(raw));
    } catch (err) {
      prepared.push(err as Error);
    }
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
  return prepared;
}

async function saveGroup(store: GraphStore, ready: PreparedArticle[], options: { replace?: boolean }): Promise<Array<SinkResult | Error>> {
  if (ready.length === 0) return [];
  const toResult = (p: PreparedArticle, outcome: SaveOutcome): SinkResult => ({ articleId: p.facts.article.id, outcome, factCounts: p.factCounts });
  try {
    const outcomes = await store.saveArticles(ready.map(({ facts, text }) => ({ facts, text })), { replace: options.replace });
    return ready.map((p, i) => toResult(p, outcomes[i]));
  } catch {
    const results: Array<SinkResult | Error> = [];
    for (const p of ready) {
      try {
        results.push(toResult(p, await store.saveArticle(p.facts, p.text, { replace: options.replace })));
      } catch (err) {
        results.push(err as Error);
      }
    }
    return results;
  }
}
