import type { ArticleFacts } from '../../domain/facts';
import { labelOfId } from '../../domain/ids';
import { NODE_LABELS, type NodeLabel } from '../../domain/kinds';
import type { RelationType } from '../../domain/relations';
import type {
  AdminUnitFilter, ArticleFilter, DocumentFilter, OrganizationFilter, PersonFilter, SessionFilter,
} from '../filters';
import type {
  ArticleRecord, EdgeRecord, EdgesWithEnds, NodeRecord, Page, PageRequest, PathRecord, RecordOf, SearchHit, SourceRecord,
} from '../records';
import type { GraphStore, SaveItem, SaveOptions, SaveOutcome, SourceRef } from '../store.port';
import { groupEdgeRows, toSource } from './edge-rows';
import { buildListQueries, type ListSpec } from './list-query';
import * as specs from './list-specs';
import { toRecord } from './node-fields';
import * as reads from './read-queries';
import type { LookupPlanner } from './lookup-plan';
import type { CypherRunner } from './runner';
import { removeArticle, writeArticles, type WrittenBatch } from './save-articles';

/**
 * The GraphStore over the Cypher both engines share. An adapter supplies a
 * runner (driver, value conversion, transactions), its schema set-up, and
 * the two questions whose Cypher differs: search and shortest paths.
 */
export abstract class CypherGraphStore implements GraphStore {
  abstract readonly backend: 'embedded' | 'neo4j';
  protected abstract readonly runner: CypherRunner;
  /** How a save weighs key lookups against joins; none: joins (an engine that looks each row up by index anyway). */
  protected readonly lookupPlanner?: LookupPlanner;
  /** The clock, read only for `ingestedAt`. */
  protected now: () => Date = () => new Date();

  abstract init(): Promise<void>;
  abstract close(): Promise<void>;
  abstract search(text: string, labels: readonly NodeLabel[], limit: number): Promise<SearchHit[]>;
  abstract shortestPaths(fromId: string, toId: string, maxHops: number, limit: number): Promise<PathRecord[]>;
  /** How the engine's Cypher names a node's label. */
  protected abstract readonly labelDialect: reads.LabelDialect;

  async saveArticle(facts: ArticleFacts, text: string, options: SaveOptions = {}): Promise<SaveOutcome> {
    const [outcome] = await this.saveArticles([{ facts, text }], options);
    return outcome;
  }

  async saveArticles(items: readonly SaveItem[], options: SaveOptions = {}): Promise<SaveOutcome[]> {
    if (items.length === 0) return [];
    const written = await this.runner.transaction(
      (tx) => writeArticles(tx, items, options, this.now(), this.lookupPlanner),
      (batch) => this.saved(batch),
    );
    return written.outcomes;
  }

  async deleteArticle(id: string): Promise<boolean> {
    return this.runner.transaction((tx) => removeArticle(tx, id), (removed) => {
      if (removed) this.deleted(id);
    });
  }

  /** Once a save has committed, before the next write begins: what it wrote (an adapter keeping a copy of the graph follows it). */
  protected saved(written: WrittenBatch): void {
    void written;
  }

  /** Once an article's deletion has committed, before the next write begins. */
  protected deleted(articleId: string): void {
    void articleId;
  }

  async getNodes<L extends NodeLabel>(label: L, ids: readonly string[]): Promise<Map<string, RecordOf<L>>> {
    const unique = [...new Set(ids)];
    const found = new Map<string, RecordOf<L>>();
    if (unique.length === 0) return found;
    // Lists past one statement's size go as several statements, side by side (Kùzu's readers).
    const chunks = await Promise.all(reads.lookupChunks(unique).map((ids) => this.runner.run(reads.nodesByIdQuery(label, ids))));
    for (const row of chunks.flat()) found.set(String(row.id), toRecord(label, row));
    return found;
  }

  async getAnyNodes(ids: readonly string[]): Promise<Map<string, NodeRecord>> {
    const byLabel = new Map<NodeLabel, string[]>();
    for (const id of new Set(ids)) {
      // A stable id names its label; a foreign one is looked for under every label.
      const label = labelOfId(id);
      for (const l of label ? [label] : NODE_LABELS) {
        if (!byLabel.has(l)) byLabel.set(l, []);
        byLabel.get(l)!.push(id);
      }
    }
    const found = new Map<string, NodeRecord>();
    for (const [label, group] of byLabel) {
      for (const [id, record] of await this.getNodes(label, group)) found.set(id, record);
    }
    return found;
  }

  async getArticleText(id: string): Promise<string | null> {
    const [row] = await this.runner.run(reads.articleTextQuery(id));
    return (row?.text as string | null | undefined) ?? null;
  }

  async getQuotes(sources: readonly SourceRef[]): Promise<string[]> {
    const articles = [...new Set(sources.map((s) => s.articleId))];
    const chunks = await Promise.all(reads.lookupChunks(articles).map((ids) => this.runner.run(reads.articleTextsQuery(ids))));
    const texts = new Map(chunks.flat().map((row) => [String(row.id), String(row.text ?? '')]));
    return sources.map((s) => (texts.get(s.articleId) ?? '').slice(s.spanStart, s.spanEnd));
  }

  async getEdges(type: RelationType, direction: 'out' | 'in', ids: readonly string[], articleId?: string): Promise<EdgeRecord[]> {
    const unique = [...new Set(ids)];
    if (unique.length === 0) return [];
    return groupEdgeRows(type, await this.runner.run(reads.edgesQuery(type, direction, unique, articleId)));
  }

  async getEdgesWithEnds(type: RelationType, direction: 'out' | 'in', ids: readonly string[]): Promise<EdgesWithEnds> {
    const unique = [...new Set(ids)];
    if (unique.length === 0) return { edges: [], ends: new Map() };
    const label = reads.endLabelOf(type, direction);
    if (!label) {
      // Ends of several labels (STATES): their records do not fit one row shape.
      const edges = await this.getEdges(type, direction, unique);
      return { edges, ends: await this.getAnyNodes(edges.map((e) => (direction === 'out' ? e.toId : e.fromId))) };
    }
    const rows = await this.runner.run(reads.edgesWithEndsQuery(type, direction, unique));
    const ends = new Map<string, NodeRecord>();
    for (const row of rows) {
      const id = String(row[`${reads.END_PREFIX}id`]);
      if (!ends.has(id)) ends.set(id, toRecord(label, prefixed(row, reads.END_PREFIX)));
    }
    return { edges: groupEdgeRows(type, rows), ends };
  }

  async getMentions(ids: readonly string[]): Promise<Map<string, SourceRecord[]>> {
    const mentions = new Map<string, SourceRecord[]>();
    for (const edge of await this.getEdges('STATES', 'in', ids)) {
      if (!mentions.has(edge.toId)) mentions.set(edge.toId, []);
      mentions.get(edge.toId)!.push(...edge.sources);
    }
    return mentions;
  }

  async getArticleNodeIds(articleId: string, label: NodeLabel): Promise<string[]> {
    return (await this.runner.run(reads.articleNodeIdsQuery(articleId, label))).map((r) => String(r.id));
  }

  async getArticleNodes(articleId: string, labels: readonly NodeLabel[]): Promise<Map<NodeLabel, NodeRecord[]>> {
    const wanted = [...new Set(labels)].filter((l) => NODE_LABELS.includes(l)); // labels go into the statement's text
    const found = new Map<NodeLabel, NodeRecord[]>(wanted.map((l) => [l, []]));
    if (wanted.length === 0) return found;
    for (const row of await this.runner.run(reads.articleNodesQuery(articleId, wanted, this.labelDialect))) {
      const label = row.nodeLabel as NodeLabel;
      found.get(label)?.push(toRecord(label, row));
    }
    return found;
  }

  listPeople(filter: PersonFilter, page: PageRequest): Promise<Page<RecordOf<'Person'>>> {
    return this.list(specs.peopleSpec(filter), page);
  }
  listOrganizations(filter: OrganizationFilter, page: PageRequest): Promise<Page<RecordOf<'Organization'>>> {
    return this.list(specs.organizationsSpec(filter), page);
  }
  listAdminUnits(filter: AdminUnitFilter, page: PageRequest): Promise<Page<RecordOf<'AdminUnit'>>> {
    return this.list(specs.adminUnitsSpec(filter), page);
  }
  listSessions(filter: SessionFilter, page: PageRequest): Promise<Page<RecordOf<'Session'>>> {
    return this.list(specs.sessionsSpec(filter), page);
  }
  listDocuments(filter: DocumentFilter, page: PageRequest): Promise<Page<RecordOf<'LegalDocument'>>> {
    return this.list(specs.documentsSpec(filter), page);
  }
  listArticles(filter: ArticleFilter, page: PageRequest): Promise<Page<ArticleRecord>> {
    return this.list(specs.articlesSpec(filter), page);
  }

  /** A page of a list: its total, then one row more than asked to know whether more follow. */
  protected async list<T extends NodeRecord>(spec: ListSpec, page: PageRequest): Promise<Page<T>> {
    const q = buildListQueries(spec, page);
    // Side by side (the embedded store's readers); the count only when someone reads it.
    const [totals, rows] = await Promise.all([
      page.withoutTotal ? null : this.runner.run(q.count),
      q.first > 0 ? this.runner.run(q.page) : [],
    ]);
    return {
      totalCount: totals ? Number(totals[0]?.total ?? 0) : -1,
      hasNextPage: rows.length > q.first,
      items: rows.slice(0, q.first).map((row) => ({ node: toRecord(spec.label, row) as T, cursor: q.cursorOf(row) })),
    };
  }

  async counts(): Promise<Record<NodeLabel, number>> {
    const counts = Object.fromEntries(NODE_LABELS.map((l) => [l, 0])) as Record<NodeLabel, number>;
    for (const row of await this.runner.run(reads.countsQuery())) counts[row.label as NodeLabel] = Number(row.nodeCount);
    return counts;
  }

  async scanNodes<L extends NodeLabel>(label: L, afterId: string | null, limit: number): Promise<RecordOf<L>[]> {
    if (limit <= 0) return [];
    return (await this.runner.run(reads.scanNodesQuery(label, afterId, Math.floor(limit)))).map((r) => toRecord(label, r));
  }

  async scanEdges(type: RelationType, offset: number, limit: number): Promise<Array<Omit<EdgeRecord, 'sources'> & { source: SourceRecord }>> {
    if (limit <= 0) return [];
    const rows = await this.runner.run(reads.scanEdgesQuery(type, Math.max(0, Math.floor(offset)), Math.floor(limit)));
    return rows.map((r) => ({
      type, fromId: String(r.fromId), toId: String(r.toId), role: (r.role as string | null) ?? null, source: toSource(r),
    }));
  }
}

/** The columns of a row that start with `prefix`, without it. */
function prefixed(row: Record<string, unknown>, prefix: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(row)) if (k.startsWith(prefix)) out[k.slice(prefix.length)] = v;
  return out;
}
