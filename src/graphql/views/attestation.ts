import type { PositionRecord, SourceRecord } from '../../store/records';
import type { GraphQLContext } from '../context';
import { loadEdges, loadNodes, mentionsOf } from '../loaders/graph-reads';

/**
 * The days an office is attested on: the publication days of the articles
 * that state it, and the dates of the sessions those same articles report
 * the holder at (a session on 8/5 shows the office held on 8/5). Sorted,
 * each once; dates without a year have no place on the time line and are left out.
 */
export async function positionAttestation(ctx: GraphQLContext, position: PositionRecord): Promise<string[]> {
  const sources = await mentionsOf(ctx, position.id);
  const articleIds = new Set(sources.map((s) => s.articleId));
  const holders = await loadEdges(ctx, 'HOLDS', 'in', position.id);
  const attended = (await Promise.all(holders.map((h) => loadEdges(ctx, 'ATTENDED', 'out', h.fromId)))).flat();
  const sameArticle = attended.filter((e) => e.sources.some((s) => articleIds.has(s.articleId)));
  const [published, sessions] = await Promise.all([
    datesOfSources(ctx, sources),
    loadNodes(ctx, 'Session', [...new Set(sameArticle.map((e) => e.toId))]),
  ]);
  return sortedDates([...published, ...sessions.map((s) => s.date)]);
}

/** Publication days of the articles behind some sources. */
export async function datesOfSources(ctx: GraphQLContext, sources: readonly SourceRecord[]): Promise<string[]> {
  const articles = await loadNodes(ctx, 'Article', [...new Set(sources.map((s) => s.articleId))]);
  return sortedDates(articles.map((a) => a.publishedAt));
}

function sortedDates(dates: Array<string | null>): string[] {
  return [...new Set(dates.filter((d): d is string => !!d && !d.startsWith('--')))].sort();
}
