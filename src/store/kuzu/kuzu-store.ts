import type { NodeLabel } from '../../domain/kinds';
import { CypherGraphStore } from '../cypher/cypher-store';
import { toRecord } from '../cypher/node-fields';
import { cypher } from '../cypher/query';
import { assemblePaths } from '../cypher/paths';
import { fixedLookups, kuzuLookupPlanner, type LookupPlanner, type LookupWay } from '../cypher/lookup-plan';
import type { CypherRunner } from '../cypher/runner';
import { searchWords } from '../cypher/search-keys';
import type { RelationType } from '../../domain/relations';
import type { WrittenBatch } from '../cypher/save-articles';
import { applyDelete, applyWrite } from '../read-model/apply-write';
import type { GraphModel } from '../read-model/graph-model';
import * as model from '../read-model/model-reads';
import * as lists from '../read-model/model-lists';
import { runList } from '../read-model/list-runner';
import type {
  AdminUnitFilter, ArticleFilter, DocumentFilter, OrganizationFilter, PersonFilter, SessionFilter,
} from '../filters';
import { shortestPaths as modelPaths } from '../read-model/model-paths';
import { search as searchModel } from '../read-model/model-search';
import type {
  ArticleRecord, EdgeRecord, EdgesWithEnds, NodeRecord, Page, PageRequest, PathRecord, RecordOf, SearchHit, SourceRecord,
} from '../records';
import { loadModel } from './kuzu-model-loader';
import { StoreError, type MemoryReads, type ReadModelState } from '../store.port';
import { KuzuDatabase } from './kuzu-database';
import { kuzuRowToRawPath, kuzuShortestPathsQuery } from './kuzu-questions';
import { POOL_FULL, type KuzuRunner } from './kuzu-runner';
import { applyKuzuSchema } from './kuzu-schema';
import { rankHit } from '../search-rank';
import { kuzuSearchQuery } from './kuzu-search';
import { resolveKuzuSettings, type KuzuSettings } from './kuzu-settings';

export { KUZU_DB_FILE, QUERY_TIMEOUT_MS } from './kuzu-database';
export { KUZU_DEFAULTS, type KuzuSettings } from './kuzu-settings';

/**
 * The embedded store: a Kùzu database in `dataDir`, opened by one process at a time.
 *
 * When a COMMIT or CHECKPOINT fails (the buffer pool is full, say), Kùzu
 * 0.11.3 leaves the database unusable (kuzu-runner.ts). The store then
 * stops: the call that met the failure and every call after it get one
 * StoreError saying so and to restart the process, and the broken database
 * is abandoned, never closed (kuzu-database.ts). A new process opens the
 * folder as after a crash: Kùzu replays the WAL, which holds every commit
 * before the failure and nothing of the failed one. (Opening the folder
 * again in the same process, beside the broken handle, worked at first in
 * our tests, then left a folder whose WAL replay crashed the next process.)
 */
export class KuzuStore extends CypherGraphStore {
  readonly backend = 'embedded' as const;
  protected readonly labelDialect = {
    labelOf: (v: string) => `label(${v})`,
    hasOneOf: (v: string, labels: readonly NodeLabel[]) => `label(${v}) IN [${labels.map((l) => `'${l}'`).join(', ')}]`,
  };
  private database: KuzuDatabase | null = null;
  /** Set when a failure broke the database: every call is refused with it. */
  private stopped: StoreError | null = null;
  private readonly settings: Required<KuzuSettings>;
  /** Every call goes through the open database's runner (or is refused once the store stopped). */
  private readonly facade: CypherRunner = {
    run: (query) => this.use((runner) => runner.run(query)),
    transaction: (work, committed) => this.use((runner) => runner.transaction(work, committed)),
  };

  failure(): StoreError | null {
    return this.stopped;
  }

  /** The graph in memory that answers reads once loaded (read-model/graph-model.ts); null without one. */
  private model: GraphModel | null = null;
  private readonly withModel: boolean;
  /** The load under way, started by init(). */
  private loading: Promise<void> | null = null;
  /** While the model loads: the writes committed since its snapshot began, to apply once it is in. */
  private behind: Array<(m: GraphModel) => void> | null = null;
  private closing = false;
  /** The memory reads of the loaded model, made once per model. */
  private reads: { model: GraphModel; reads: MemoryReads } | null = null;
  /** Why the model was dropped or could not load (reads then go to the engine), or null. */
  modelFailure: Error | null = null;

  /**
   * `readModel`: load the graph into memory at init and answer reads from
   * it (the server's default); off, every read is a Kùzu statement (bulk
   * ingestion and export, which read little and should not wait for a load).
   * `lookups`: how saves find nodes (lookup-plan.ts): weighed by the labels'
   * sizes (the default), or always by key, or always joined (tests, benchmarks).
   */
  constructor(
    readonly dataDir: string, settings: Partial<KuzuSettings> = {}, options: { readModel?: boolean; lookups?: 'weighed' | LookupWay } = {},
  ) {
    super();
    this.settings = resolveKuzuSettings(settings);
    this.withModel = options.readModel ?? false;
    const lookups = options.lookups ?? 'weighed';
    this.lookupPlanner = lookups === 'weighed' ? kuzuLookupPlanner : fixedLookups(lookups);
  }

  protected override readonly lookupPlanner: LookupPlanner;

  protected get runner(): CypherRunner {
    return this.facade;
  }

  /** Opens the folder (created when missing) and applies schema/kuzu.cypher. Idempotent. */
  async init(): Promise<void> {
    if (!this.database && !this.stopped) this.database = await KuzuDatabase.open(this.dataDir, this.settings);
    await this.use((runner) => applyKuzuSchema(runner));
    if (this.withModel && !this.model && !this.loading) this.loading = this.loadReadModel();
  }

  /**
   * Where reads come from: 'ready' the model, 'loading' the engine until the
   * model is in, 'failed' the engine for good (see modelFailure), 'off' the engine.
   */
  readModelState(): ReadModelState {
    if (this.model) return 'ready';
    if (this.modelFailure) return 'failed';
    return this.withModel ? 'loading' : 'off';
  }

  memoryReads(): MemoryReads | null {
    const m = this.model;
    if (!m || this.stopped) return null;
    if (this.reads?.model !== m) {
      this.reads = {
        model: m,
        reads: {
          getAnyNodes: (ids) => model.getAnyNodes(m, ids),
          getEdges: (type, direction, ids) => model.getEdges(m, type, direction, ids),
          getEdgesWithEnds: (type, direction, ids) => model.getEdgesWithEnds(m, type, direction, ids),
          getNeighbors: (type, direction, id) => model.getNeighbors(m, type, direction, id),
          getMentions: (ids) => model.getMentions(m, ids),
          getArticleNodes: (articleId, labels) => model.getArticleNodes(m, articleId, labels),
        },
      };
    }
    return this.reads.reads;
  }

  /** Resolves once the model is loaded or has failed to load (at once without one). */
  async whenReadModelLoaded(): Promise<void> {
    await this.loading;
  }

  /**
   * Loads the model in the background: the server answers from the engine
   * meanwhile (a 100,000-article graph takes half a minute). It reads a
   * snapshot, so writes go on beside it; those committed after the
   * snapshot began are kept in `behind` and applied once it is in.
   */
  private async loadReadModel(): Promise<void> {
    try {
      const m = await this.use((runner) => runner.snapshot((tx) => loadModel(tx, () => this.closing), () => (this.behind = [])));
      for (const change of this.behind ?? []) change(m);
      this.model = m;
    } catch (error) {
      this.modelFailure = error instanceof Error ? error : new Error(String(error));
    } finally {
      this.behind = null;
    }
  }

  async close(): Promise<void> {
    this.closing = true;
    await this.loading; // a load under way holds a reader; it stops at its next statement
    this.model = null;
    const { database } = this; // null once stopped: a broken database is never closed
    this.database = null;
    await database?.close(); // statements under way finish first
  }

  /** Kùzu's buffer pool: its limit and the bytes it holds now (cached pages and unwritten data alike). */
  async bufferPool(): Promise<{ limitBytes: number; usedBytes: number }> {
    const [row] = await this.runner.run(cypher('CALL bm_info() RETURN mem_limit AS limitBytes, mem_usage AS usedBytes'));
    return { limitBytes: Number(row.limitBytes), usedBytes: Number(row.usedBytes) };
  }


  async search(text: string, labels: readonly NodeLabel[], limit: number): Promise<SearchHit[]> {
    if (this.model) return this.answer((m) => searchModel(m, text, labels, limit), () => Promise.resolve([]));
    if (limit <= 0) return [];
    const words = searchWords(text);
    const queries = [...new Set(labels)].map((label) => ({ label, query: kuzuSearchQuery(label, text) }));
    if (queries.some((q) => !q.query)) return [];
    // One statement per label, side by side on the readers.
    const rows = await Promise.all(queries.map(({ query }) => this.runner.run(query!)));
    const hits: SearchHit[] = queries.flatMap(({ label }, i) =>
      rows[i].map((row) => ({ node: toRecord(label, row), score: rankHit(String(row.searchText ?? ''), words) })));
    return hits.sort((a, b) => b.score - a.score || (a.node.id < b.node.id ? -1 : 1)).slice(0, limit);
  }

  async shortestPaths(fromId: string, toId: string, maxHops: number, limit: number): Promise<PathRecord[]> {
    if (this.model) return this.answer((m) => modelPaths(m, fromId, toId, maxHops, limit), () => Promise.resolve([]));
    if (limit <= 0 || fromId === toId) return [];
    // Parallel edges (one per source) multiply the rows: read more than asked, keep distinct paths.
    const rows = await this.runner.run(kuzuShortestPathsQuery(fromId, toId, maxHops, Math.min(limit * 50, 5000)));
    return assemblePaths(rows.map(kuzuRowToRawPath), limit, (type, ids) => this.getEdges(type, 'out', ids));
  }

  // ---- reads from the model, when loaded ------------------------------------

  override getNodes<L extends NodeLabel>(label: L, ids: readonly string[]): Promise<Map<string, RecordOf<L>>> {
    return this.answer((m) => model.getNodes(m, label, ids), () => super.getNodes(label, ids));
  }
  override getAnyNodes(ids: readonly string[]): Promise<Map<string, NodeRecord>> {
    return this.answer((m) => model.getAnyNodes(m, ids), () => super.getAnyNodes(ids));
  }
  override getEdges(type: RelationType, direction: 'out' | 'in', ids: readonly string[], articleId?: string): Promise<EdgeRecord[]> {
    return this.answer((m) => model.getEdges(m, type, direction, ids, articleId), () => super.getEdges(type, direction, ids, articleId));
  }
  override getEdgesWithEnds(type: RelationType, direction: 'out' | 'in', ids: readonly string[]): Promise<EdgesWithEnds> {
    return this.answer((m) => model.getEdgesWithEnds(m, type, direction, ids), () => super.getEdgesWithEnds(type, direction, ids));
  }
  override getMentions(ids: readonly string[]): Promise<Map<string, SourceRecord[]>> {
    return this.answer((m) => model.getMentions(m, ids), () => super.getMentions(ids));
  }
  override getArticleNodeIds(articleId: string, label: NodeLabel): Promise<string[]> {
    return this.answer((m) => model.getArticleNodeIds(m, articleId, label), () => super.getArticleNodeIds(articleId, label));
  }
  override getArticleNodes(articleId: string, labels: readonly NodeLabel[]): Promise<Map<NodeLabel, NodeRecord[]>> {
    return this.answer((m) => model.getArticleNodes(m, articleId, labels), () => super.getArticleNodes(articleId, labels));
  }
  override counts(): Promise<Record<NodeLabel, number>> {
    return this.answer((m) => model.counts(m), () => super.counts());
  }

  override listPeople(f: PersonFilter, page: PageRequest): Promise<Page<RecordOf<'Person'>>> {
    return this.answer((m) => runList(m, lists.listPeopleQuery(m, f), page), () => super.listPeople(f, page));
  }
  override listOrganizations(f: OrganizationFilter, page: PageRequest): Promise<Page<RecordOf<'Organization'>>> {
    return this.answer((m) => runList(m, lists.listOrganizationsQuery(m, f), page), () => super.listOrganizations(f, page));
  }
  override listAdminUnits(f: AdminUnitFilter, page: PageRequest): Promise<Page<RecordOf<'AdminUnit'>>> {
    return this.answer((m) => runList(m, lists.listAdminUnitsQuery(m, f), page), () => super.listAdminUnits(f, page));
  }
  override listSessions(f: SessionFilter, page: PageRequest): Promise<Page<RecordOf<'Session'>>> {
    return this.answer((m) => runList(m, lists.listSessionsQuery(m, f), page), () => super.listSessions(f, page));
  }
  override listDocuments(f: DocumentFilter, page: PageRequest): Promise<Page<RecordOf<'LegalDocument'>>> {
    return this.answer((m) => runList(m, lists.listDocumentsQuery(m, f), page), () => super.listDocuments(f, page));
  }
  override listArticles(f: ArticleFilter, page: PageRequest): Promise<Page<ArticleRecord>> {
    return this.answer((m) => runList(m, lists.listArticlesQuery(m, f), page), () => super.listArticles(f, page));
  }

  // ---- the model follows the committed writes -------------------------------

  protected override saved(written: WrittenBatch): void {
    this.follow((m) => applyWrite(m, written));
  }

  protected override deleted(articleId: string): void {
    this.follow((m) => applyDelete(m, articleId));
  }

  /**
   * Applies a committed write to the model. Should that fail (a bug: the
   * engine accepted what the model cannot place), the model is dropped and
   * reads go to the engine from then on: slower, never stale.
   */
  private follow(change: (m: GraphModel) => void): void {
    if (this.behind) {
      this.behind.push(change);
      return;
    }
    if (!this.model) return;
    try {
      change(this.model);
    } catch (error) {
      this.model = null;
      this.modelFailure = error instanceof Error ? error : new Error(String(error));
    }
  }

  /** A read from the model when it is loaded, else from the engine; refused once the store stopped. */
  private answer<T>(read: (m: GraphModel) => T, engine: () => Promise<T>): Promise<T> {
    if (this.stopped) return Promise.reject(this.stopped);
    const m = this.model;
    if (!m) return engine();
    try {
      return Promise.resolve(read(m));
    } catch (error) {
      return Promise.reject(error);
    }
  }

  /** Runs `task` on the open database's runner; stops the store when the database broke meanwhile. */
  private async use<T>(task: (runner: KuzuRunner) => Promise<T>): Promise<T> {
    if (this.stopped) throw this.stopped;
    const database = this.database;
    if (!database) throw new StoreError('the embedded store is not open: call init() first');
    try {
      return await task(database.runner);
    } catch (error) {
      if (database.runner.broken) throw this.stop(database, error);
      if (error instanceof StoreError && POOL_FULL.test(error.message)) throw new StoreError(`${error.message}${this.memoryHint(error.message)}`, error);
      throw error;
    } finally {
      // A failed CHECKPOINT breaks the database after a save that stands: the caller gets its result, the next call the stop.
      if (database.runner.broken) this.stop(database, database.runner.broken);
    }
  }

  /** Abandons the broken database and refuses every call from now on; returns the error that says so. */
  private stop(broken: KuzuDatabase, error: unknown): StoreError {
    if (this.database === broken) {
      const failure = broken.runner.broken!;
      const cause = error instanceof StoreError && error !== failure && !error.message.includes(failure.message)
        ? `${error.message}; then ${failure.message}`
        : failure.message;
      this.database = null;
      broken.abandon();
      this.stopped = new StoreError(
        `the embedded store has stopped: ${cause}. Kùzu cannot go on with a database after a failed ${failure.statement} ` +
          '(its tables are left half written in memory), so the store takes no more work. Restart the process: it opens ' +
          `the folder again and replays the WAL, which holds every commit before the failure${this.memoryHint(cause)}`,
        failure,
      );
    }
    return this.stopped!;
  }

  /** Where the failure was memory: the pool it had, and how to give it more. */
  private memoryHint(message: string): string {
    if (!POOL_FULL.test(message)) return '';
    return `; the buffer pool has ${Math.round(this.settings.bufferPoolBytes / 1048576)} MB, set KUZU_BUFFER_POOL_MB for more`;
  }
}
