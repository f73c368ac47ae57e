import { generateCorpus, type GeneratedArticle } from '../../../bench/corpus/generate';

/** The contract's mutation and the fact read-back, as clients send them. */
export const INGEST = `mutation IngestArticle($input: ArticleInput!) {
  ingestArticle(input: $input) { article { id } }
}`;

export const ARTICLE_FACTS = `query ArticleFacts($id: ID!) {
  article(id: $id) {
    id url title publishedAt
    authors { name }
    positions { person { name } title organization { name } }
    sessions { date chair { name } participants { name } organizations { name } }
    documents { type number issuedOn issuer { name } }
    organizations { name foundingDocument { number } }
  }
}`;

/** `count` articles of a small generated corpus (deterministic, about 5 KB each). */
export function sampleArticles(count: number, seed = 5): GeneratedArticle[] {
  return [...generateCorpus({ articles: Math.max(count, 50), seed })].slice(0, count);
}

/** The mutation input of a generated article. */
export function inputOf(a: GeneratedArticle, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return { text: a.text, url: a.meta.url, title: a.meta.title, publishedAt: a.meta.publishedAt, ...overrides };
}

/**
 * The facts of an ArticleFacts answer without ids, urls and titles, every
 * list sorted, so two articles stating the same facts compare equal.
 */
export function comparableFacts(article: any): unknown { // eslint-disable-line @typescript-eslint/no-explicit-any
  if (!article) return null;
  const sortDeep = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(sortDeep).map((x) => JSON.stringify(x)).sort().map((s) => JSON.parse(s));
    if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b)).map(([k, x]) => [k, sortDeep(x)]));
    return v;
  };
  const { id: _id, url: _url, title: _title, ...facts } = article;
  return sortDeep(facts);
}
