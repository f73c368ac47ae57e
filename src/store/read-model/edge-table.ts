import { RELATION_TYPES, type RelationType } from '../../domain/relations';

/** A relationship row as the model keeps it: one per stating article, node indexes instead of ids. */
export interface EdgeRow {
  type: RelationType;
  from: number;
  to: number;
  /** The stating article's node index. */
  article: number;
  spanStart: number;
  spanEnd: number;
  role: string | null;
}

const DEAD = 255;
const NONE = -1;
const TYPE_CODE = new Map<RelationType, number>(RELATION_TYPES.map((t, i) => [t, i]));

/**
 * Every relationship row in columns of typed arrays (a few bytes a row, no
 * object per row: a 100,000-article graph has 5.5 million), with singly
 * linked lists threaded through them: per relationship type, a node's
 * outgoing rows and its incoming rows; and the rows an article states.
 * Lists by type, so a session's chair is one step away whatever the
 * articles that mention it, and a province's bodies are not looked for
 * among its twenty thousand mentions. Appending is O(1); a removed row is
 * marked dead and skipped (removals come only from an article saved again
 * or deleted, which is rare).
 */
export class EdgeTable {
  private size = 0;
  private type = new Uint8Array(1024);
  private from = new Int32Array(1024);
  private to = new Int32Array(1024);
  private article = new Int32Array(1024);
  private spanStart = new Int32Array(1024);
  private spanEnd = new Int32Array(1024);
  private role = new Uint8Array(1024);
  private nextOut = new Int32Array(1024);
  private nextIn = new Int32Array(1024);
  private nextOfArticle = new Int32Array(1024);
  /**
   * Per type code: the first row leaving / reaching each node, each array
   * as long as the highest node it has rows for (a type touches few labels:
   * HOLDS leaves people only).
   */
  private headsOut: Int32Array[] = RELATION_TYPES.map(() => new Int32Array(0));
  private headsIn: Int32Array[] = RELATION_TYPES.map(() => new Int32Array(0));
  private headOfArticle: Int32Array = new Int32Array(0);
  /** Role strings by code; 0 is no role. */
  private readonly roles: Array<string | null> = [null];
  private live = 0;

  /** Rows not removed. */
  get count(): number {
    return this.live;
  }

  add(row: EdgeRow): number {
    const r = this.size;
    if (r === this.type.length) this.growRows();
    const code = TYPE_CODE.get(row.type)!;
    if (row.from >= this.headsOut[code].length) this.headsOut[code] = cover(this.headsOut[code], row.from);
    if (row.to >= this.headsIn[code].length) this.headsIn[code] = cover(this.headsIn[code], row.to);
    if (row.article >= this.headOfArticle.length) this.headOfArticle = cover(this.headOfArticle, row.article);
    this.type[r] = code;
    this.from[r] = row.from;
    this.to[r] = row.to;
    this.article[r] = row.article;
    this.spanStart[r] = row.spanStart;
    this.spanEnd[r] = row.spanEnd;
    this.role[r] = this.roleCode(row.role);
    this.nextOut[r] = this.headsOut[code][row.from];
    this.headsOut[code][row.from] = r;
    this.nextIn[r] = this.headsIn[code][row.to];
    this.headsIn[code][row.to] = r;
    this.nextOfArticle[r] = this.headOfArticle[row.article];
    this.headOfArticle[row.article] = r;
    this.size = r + 1;
    this.live += 1;
    return r;
  }

  remove(r: number): void {
    if (this.type[r] === DEAD) return;
    this.type[r] = DEAD;
    this.live -= 1;
  }

  /** Room for `rows` more rows without growing (a loader that knows how many are coming). */
  reserve(rows: number): void {
    if (this.size + rows > this.type.length) this.growRows(this.size + rows);
  }

  /** The live rows leaving `node` (newest first), of `type`, or of every type. */
  out(node: number, type?: RelationType): number[] {
    return this.walkTypes(this.headsOut, this.nextOut, node, type);
  }

  /** The live rows reaching `node` (newest first), of `type`, or of every type. */
  in(node: number, type?: RelationType): number[] {
    return this.walkTypes(this.headsIn, this.nextIn, node, type);
  }

  /** The live rows an article states (newest first), of every type. */
  ofArticle(article: number): number[] {
    const rows: number[] = [];
    if (article < this.headOfArticle.length) this.walk(this.headOfArticle[article], this.nextOfArticle, rows);
    return rows;
  }

  /** Whether `node` has a live incoming row of `type` (no list built). */
  hasIn(node: number, type: RelationType): boolean {
    const head = this.headsIn[TYPE_CODE.get(type)!];
    if (node >= head.length) return false;
    for (let r = head[node]; r !== NONE; r = this.nextIn[r]) if (this.type[r] !== DEAD) return true;
    return false;
  }

  row(r: number): EdgeRow {
    return {
      type: RELATION_TYPES[this.type[r]],
      from: this.from[r],
      to: this.to[r],
      article: this.article[r],
      spanStart: this.spanStart[r],
      spanEnd: this.spanEnd[r],
      role: this.roles[this.role[r]],
    };
  }

  typeOf(r: number): RelationType {
    return RELATION_TYPES[this.type[r]];
  }

  fromOf(r: number): number {
    return this.from[r];
  }

  toOf(r: number): number {
    return this.to[r];
  }

  roleOf(r: number): string | null {
    return this.roles[this.role[r]];
  }

  articleOf(r: number): number {
    return this.article[r];
  }

  spanStartOf(r: number): number {
    return this.spanStart[r];
  }

  spanEndOf(r: number): number {
    return this.spanEnd[r];
  }

  private walkTypes(heads: Int32Array[], next: Int32Array, node: number, type?: RelationType): number[] {
    const rows: number[] = [];
    for (const head of type === undefined ? heads : [heads[TYPE_CODE.get(type)!]]) {
      if (node < head.length) this.walk(head[node], next, rows);
    }
    return rows;
  }

  private walk(first: number, next: Int32Array, into: number[]): void {
    for (let r = first; r !== NONE; r = next[r]) if (this.type[r] !== DEAD) into.push(r);
  }

  private roleCode(role: string | null): number {
    if (role === null) return 0;
    let code = this.roles.indexOf(role);
    if (code < 0) {
      code = this.roles.push(role) - 1;
      if (code > 254) throw new Error('the read model holds at most 254 relationship roles');
    }
    return code;
  }

  private growRows(at = Math.ceil(this.type.length * 1.5)): void {
    const n = at;
    this.type = grow(this.type, n);
    this.from = grow(this.from, n);
    this.to = grow(this.to, n);
    this.article = grow(this.article, n);
    this.spanStart = grow(this.spanStart, n);
    this.spanEnd = grow(this.spanEnd, n);
    this.role = grow(this.role, n);
    this.nextOut = grow(this.nextOut, n);
    this.nextIn = grow(this.nextIn, n);
    this.nextOfArticle = grow(this.nextOfArticle, n);
  }
}

/** A head array grown to cover `node` (by half again, new places empty). */
function cover(head: Int32Array, node: number): Int32Array {
  return grow(head, Math.max(node + 1, Math.ceil(head.length * 1.5), 1024), NONE);
}

function grow<T extends Uint8Array | Int32Array>(a: T, n: number, fill?: number): T {
  const b = new (a.constructor as new (n: number) => T)(n);
  b.set(a);
  if (fill !== undefined) b.fill(fill, a.length);
  return b;
}
