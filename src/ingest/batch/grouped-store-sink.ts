import type { GraphStore, SaveOptions, SaveOutcome } from '../../store/store.port';
import type { ArticleFacts } from '../../domain/facts';
import { storeSink, type ArticleSink, type SinkResult } from './article-sink';
import { prepareArticle, type PreparedArticle } from '../prepare-article';

/**
 * A store that can save several articles in one transaction, all or
 * nothing. The port does not require it; the Kùzu adapter is gaining it
 * (`saveArticles`). Detected at run time so the CLI uses it once it exists.
 */
export interface GroupSavingStore extends GraphStore {
  saveArticles(items: ReadonlyArray<{ facts: ArticleFacts; text: string }>, options?: SaveOptions): Promise<SaveOutcome[]>;
}

export function canSaveInGroups(store: GraphStore): store is GroupSavingStore {
  return typeof (store as Partial<GroupSavingStore>).saveArticles === 'function';
}

/**
 * Saves articles in groups, one transaction per group: a kill still leaves
 * whole articles only (a group is written entirely or not at all), and far
 * fewer commits. Bad records are set aside before the save; when a group's
 * transaction fails, its articles are saved one by one so one bad article
 * cannot take its neighbours down with it.
 */
export function groupedStoreSink(store: GroupSavingStore, options: { replace?: boolean } = {}): ArticleSink {
  const single = storeSink(store, options);
  return {
    description: single.description,
    ingest: single.ingest,
    async ingestMany(raws) {
      const prepared = raws.map((raw): PreparedArticle | Error => {
        try {
          return prepareArticle(raw);
        } catch (err) {
          return err as Error;
        }
      });
      const ready = prepared.filter((p): p is PreparedArticle => !(p instanceof Error));
      const saved = await saveGroup(store, ready, options);
      let next = 0;
      return prepared.map((p) => (p instanceof Error ? p : saved[next++]));
    },
  };
}

async function saveGroup(store: GroupSavingStore, ready: PreparedArticle[], options: { replace?: boolean }): Promise<Array<SinkResult | Error>> {
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
