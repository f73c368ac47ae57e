import type { ArticleFacts, ArticleMeta } from '../domain/facts';
import { articleId, contentHash } from '../domain/ids';

/**
 * Reads one article: text in, facts with provenance out. Pure: no IO, no
 * clock. (Placeholder until the Vietnamese pipeline lands: recognizes nothing.)
 */
export function extractArticle(text: string, meta: ArticleMeta = {}): ArticleFacts {
  return {
    article: {
      id: articleId(meta.url ?? null, text),
      url: meta.url ?? null,
      title: meta.title ?? null,
      publishedAt: meta.publishedAt ?? null,
      contentHash: contentHash(text),
    },
    persons: [], adminUnits: [], organizations: [], positions: [], sessions: [],
    documents: [], foundings: [], citations: [], authors: [], diagnostics: [],
  };
}
