import type { GraphStore, SaveOutcome } from '../store/store.port';
import { prepareArticle } from './prepare-article';

export interface IngestResult {
  articleId: string;
  outcome: SaveOutcome;
  factCounts: Record<string, number>;
}

/**
 * The ingest use case, the same for the GraphQL mutation, the CLI and the
 * seed: check the input, extract, save in one transaction.
 * Throws InvalidArticleError for bad input (nothing written).
 */
export async function ingestArticle(
  store: GraphStore,
  raw: unknown,
  options: { replace?: boolean } = {},
): Promise<IngestResult> {
  const { facts, text, factCounts } = prepareArticle(raw);
  const outcome = await store.saveArticle(facts, text, { replace: options.replace });
  return { articleId: facts.article.id, outcome, factCounts };
}
