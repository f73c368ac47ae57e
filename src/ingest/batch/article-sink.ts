import type { GraphStore, SaveOutcome } from '../../store/store.port';
import { ingestArticle } from '../ingest-article';

/** What became of one article; `accepted`: a server took it without saying whether it was new. */
export type BatchOutcome = SaveOutcome | 'accepted';

export interface SinkResult {
  articleId: string | null;
  outcome: BatchOutcome;
  /** Facts by kind found in the article, where the sink knows them. */
  factCounts: Record<string, number> | null;
}

/**
 * Where a batch sends its articles: the store directly, or a running
 * server. Throws InvalidArticleError for a bad record (nothing written) and
 * any other error when the article could not be saved.
 */
export interface ArticleSink {
  readonly description: string;
  ingest(raw: unknown): Promise<SinkResult>;
  /** Several articles saved together, where the sink can: each article's result, or its error. */
  ingestMany?(raws: readonly unknown[]): Promise<Array<SinkResult | Error>>;
}

/** The sink cannot work at all (refused credentials, no such endpoint): the batch stops at once. */
export class FatalSinkError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FatalSinkError';
  }
}

/** Saves through the ingest use case: one transaction per article. */
export function storeSink(store: GraphStore, options: { replace?: boolean } = {}): ArticleSink {
  return {
    description: `${store.backend} store`,
    async ingest(raw) {
      const r = await ingestArticle(store, raw, { replace: options.replace });
      return { articleId: r.articleId, outcome: r.outcome, factCounts: r.factCounts };
    },
  };
}
