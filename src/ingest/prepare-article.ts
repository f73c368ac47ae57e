import type { ArticleFacts } from '../domain/facts';
import { extractArticle } from '../extraction/extract-article';
import { parseArticleInput } from './article-input';

/** An article checked and read, ready to save. */
export interface PreparedArticle {
  facts: ArticleFacts;
  text: string;
  factCounts: Record<string, number>;
}

/**
 * The first two steps of every ingest (check the input, extract), apart
 * from the save so that several articles can share one transaction. Throws
 * InvalidArticleError for bad input, as ingestArticle does.
 */
export function prepareArticle(raw: unknown): PreparedArticle {
  const input = parseArticleInput(raw);
  const text = input.text; // stored as sent: spans index into it
  const facts = extractArticle(text, { url: input.url ?? null, title: input.title ?? null, publishedAt: input.publishedAt ?? null });
  return { facts, text, factCounts: countFacts(facts) };
}

/** Facts by kind, named as ingestArticle reports them. */
export function countFacts(facts: ArticleFacts): Record<string, number> {
  return {
    persons: facts.persons.length,
    organizations: facts.organizations.length,
    positions: facts.positions.length,
    sessions: facts.sessions.length,
    documents: facts.documents.length,
    foundings: facts.foundings.length,
    authors: facts.authors.length,
  };
}
