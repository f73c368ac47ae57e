import { extractArticle } from '../extraction/extract-article';
import type { GraphStore, SaveOutcome } from '../store/store.port';
import { parseArticleInput } from './article-input';

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
  const input = parseArticleInput(raw);
  const text = input.text; // stored as sent: spans index into it
  const facts = extractArticle(text, { url: input.url ?? null, title: input.title ?? null, publishedAt: input.publishedAt ?? null });
  const outcome = await store.saveArticle(facts, text, { replace: options.replace });
  return {
    articleId: facts.article.id,
    outcome,
    factCounts: {
      persons: facts.persons.length,
      organizations: facts.organizations.length,
      positions: facts.positions.length,
      sessions: facts.sessions.length,
      documents: facts.documents.length,
      foundings: facts.foundings.length,
      authors: facts.authors.length,
    },
  };
}
