import type { SourceRecord } from '../../store/records';
import type { GraphQLContext } from '../context';
import { loadNodes, mentionsOf } from '../loaders/graph-reads';

/**
 * The days a fact is attested on: the publication dates of the articles
 * that state it, sorted, each once. Articles without a date add nothing.
 */
export async function attestedDates(ctx: GraphQLContext, nodeId: string): Promise<string[]> {
  return datesOfSources(ctx, await mentionsOf(ctx, nodeId));
}

export async function datesOfSources(ctx: GraphQLContext, sources: readonly SourceRecord[]): Promise<string[]> {
  const articles = await loadNodes(ctx, 'Article', [...new Set(sources.map((s) => s.articleId))]);
  const dates = articles.map((a) => a.publishedAt).filter((d): d is string => !!d && !d.startsWith('--'));
  return [...new Set(dates)].sort();
}
