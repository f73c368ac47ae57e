import type { ArticleFacts } from '../domain/facts';
import type { NodeLabel } from '../domain/kinds';
import type { RelationType } from '../domain/relations';
import type {
  AdminUnitFilter, ArticleFilter, DocumentFilter, OrganizationFilter, PersonFilter, SessionFilter,
} from './filters';
import type {
  ArticleRecord, EdgeRecord, EdgesWithEnds, NodeRecord, Page, PageRequest, PathRecord, RecordOf, SearchHit, SourceRecord,
} from './records';

/** A source without its quote: what `getQuotes` reads the quote of. */
export type SourceRef = Pick<SourceRecord, 'articleId' | 'spanStart' | 'spanEnd'>;

/** The synchronous twins of the port's reads by id (see GraphStore.memoryReads); same answers, same orders. */
export interface MemoryReads {
  getAnyNodes(ids: readonly string[]): Map<string, NodeRecord>;
  getEdges(type: RelationType, direction: 'out' | 'in', ids: readonly string[]): EdgeRecord[];
  getEdgesWithEnds(type: RelationType, direction: 'out' | 'in', ids: readonly string[]): EdgesWithEnds;
  /** The distinct ends of `type` seen from `id`, by id: the ends of getEdgesWithEnds, in their order. */
  getNeighbors(type: RelationType, direction: 'out' | 'in', id: string): NodeRecord[];
  getMentions(ids: readonly string[]): Map<string, SourceRecord[]>;
  getArticleNodes(articleId: string, labels: readonly NodeLabel[]): Map<NodeLabel, NodeRecord[]>;
}

/** 'ready': reads come from the graph in memory; 'loading': from the engine until then; 'failed', 'off': from the engine. */
export type ReadModelState = 'off' | 'loading' | 'ready' | 'failed';

/** The outcome of saving one article. */
export type SaveOutcome = 'created' | 'unchanged' | 'replaced';

/** One article to save: its facts and the text their spans index into. */
export interface SaveItem { facts: ArticleFacts; text: string }

export interface SaveOptions {
  /** Replace the facts this article stated before with these (re-extraction). */
  replace?: boolean;
}

/**
 * The store port: everything ingestion and the API need from a graph
 * database. Adapters (Kùzu, Neo4j) implement it; nothing above this port
 * sees Cypher or a driver. Every read takes ids in batches so the API can
 * answer a page with a bounded number of round trips.
 */
export interface GraphStore {
  readonly backend: 'embedded' | 'neo4j';

  /** Creates tables, constraints and indexes where missing. Idempotent. */
  init(): Promise<void>;
  close(): Promise<void>;
  /**
   * Why the store can serve nothing more until the process restarts (an
   * embedded database a failed commit left broken), or null. Health checks
   * report it, so that whatever supervises the process restarts it.
   */
  failure?(): StoreError | null;
  /** Where an embedded store's reads come from (health reports it); absent where there is no read model. */
  readModelState?(): ReadModelState;
  /**
   * The reads by id answered at once, from the graph held in memory (the
   * embedded store's loaded read model), or null: then every read goes
   * through the promises above. The API resolves fields synchronously with
   * them, which spares a promise and a loader round per field.
   */
  memoryReads?(): MemoryReads | null;

  // ---- writes -------------------------------------------------------------
  /**
   * Saves an article with its text and facts in one transaction: on any
   * error nothing of it is written. An article already stored with the same
   * content hash is left alone ('unchanged') unless `replace` is set.
   */
  saveArticle(facts: ArticleFacts, text: string, options?: SaveOptions): Promise<SaveOutcome>;
  /**
   * Saves several articles in one transaction, all or nothing (bulk
   * ingestion: batches of a few hundred cost about the statements of one
   * article). Each outcome is what `saveArticle` would give saving the items
   * one after another in order; an article twice in the batch is written
   * once, in its last version that is not 'unchanged'.
   */
  saveArticles(items: readonly SaveItem[], options?: SaveOptions): Promise<SaveOutcome[]>;
  /** Removes an article and every fact only it stated. */
  deleteArticle(id: string): Promise<boolean>;

  // ---- reads by id --------------------------------------------------------
  /** Nodes of one label by id; missing ids are absent from the map. */
  getNodes<L extends NodeLabel>(label: L, ids: readonly string[]): Promise<Map<string, RecordOf<L>>>;
  /** Nodes of any label by id. */
  getAnyNodes(ids: readonly string[]): Promise<Map<string, NodeRecord>>;
  /** The stored text of an article. */
  getArticleText(id: string): Promise<string | null>;
  /**
   * Relationships of one type touching the given nodes: `out` where they are
   * the start, `in` where they are the end. One EdgeRecord per (from, to,
   * role), with all its sources. `articleId` keeps only what that article states.
   */
  getEdges(type: RelationType, direction: 'out' | 'in', ids: readonly string[], articleId?: string): Promise<EdgeRecord[]>;
  /**
   * `getEdges` and the records of the nodes at the far ends, in one round
   * trip where the engine can (one statement instead of edges, then nodes):
   * navigation then costs one statement a level.
   */
  getEdgesWithEnds(type: RelationType, direction: 'out' | 'in', ids: readonly string[]): Promise<EdgesWithEnds>;
  /**
   * The quoted words of sources, in their order: each is the article's text
   * from spanStart to spanEnd ('' where the article is gone). Sources a read
   * gave with `quote: null` get theirs here, when someone asks for them.
   */
  getQuotes(sources: readonly SourceRef[]): Promise<string[]>;
  /** The mentions (STATES) of the given nodes: nodeId -> sources. */
  getMentions(ids: readonly string[]): Promise<Map<string, SourceRecord[]>>;
  /** Ids of the nodes of one label that an article states, in a stable order. */
  getArticleNodeIds(articleId: string, label: NodeLabel): Promise<string[]>;
  /**
   * The nodes of several labels an article states, as records, each
   * label's in `getArticleNodeIds` order; one statement for all labels.
   */
  getArticleNodes(articleId: string, labels: readonly NodeLabel[]): Promise<Map<NodeLabel, NodeRecord[]>>;

  // ---- lists --------------------------------------------------------------
  listPeople(filter: PersonFilter, page: PageRequest): Promise<Page<RecordOf<'Person'>>>;
  listOrganizations(filter: OrganizationFilter, page: PageRequest): Promise<Page<RecordOf<'Organization'>>>;
  listAdminUnits(filter: AdminUnitFilter, page: PageRequest): Promise<Page<RecordOf<'AdminUnit'>>>;
  listSessions(filter: SessionFilter, page: PageRequest): Promise<Page<RecordOf<'Session'>>>;
  listDocuments(filter: DocumentFilter, page: PageRequest): Promise<Page<RecordOf<'LegalDocument'>>>;
  listArticles(filter: ArticleFilter, page: PageRequest): Promise<Page<ArticleRecord>>;

  // ---- questions ----------------------------------------------------------
  /** Ranked, case- and diacritic-insensitive word-prefix search over an index. */
  search(text: string, labels: readonly NodeLabel[], limit: number): Promise<SearchHit[]>;
  /** Shortest paths between two nodes, over any relationship but STATES. */
  shortestPaths(fromId: string, toId: string, maxHops: number, limit: number): Promise<PathRecord[]>;
  /** Counts of nodes by label, for health, dashboards and tests. */
  counts(): Promise<Record<NodeLabel, number>>;

  // ---- bulk reads (export) ------------------------------------------------
  /** Nodes of one label in id order, after `afterId` (exclusive), at most `limit`. */
  scanNodes<L extends NodeLabel>(label: L, afterId: string | null, limit: number): Promise<RecordOf<L>[]>;
  /**
   * Relationship rows of one type in a stable order, one row per stating
   * article (not grouped), after the row `offset`, at most `limit`.
   */
  scanEdges(type: RelationType, offset: number, limit: number): Promise<Array<Omit<EdgeRecord, 'sources'> & { source: SourceRecord }>>;
}

/** The one error type adapters raise for driver and engine failures. */
export class StoreError extends Error {
  constructor(message: string, override readonly cause?: unknown) {
    super(message);
    this.name = 'StoreError';
  }
}

/** Raised when the embedded store's folder is held by another process. */
export class StoreLockedError extends StoreError {
  constructor(readonly dataDir: string, cause?: unknown) {
    super(`the database folder ${dataDir} is in use by another process (a running server?)`, cause);
    this.name = 'StoreLockedError';
  }
}

/** A page cursor the store did not give out: bad input from a client, not a failure. */
export class InvalidCursorError extends Error {
  constructor(readonly cursor: string) {
    super(`invalid cursor: ${cursor}`);
    this.name = 'InvalidCursorError';
  }
}
