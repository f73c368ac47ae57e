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
 * object per row: a 100,000-article graph has 5.5 million), with three
 * singly linked lists threaded through them: a node's outgoing rows, its
 * incoming rows, and the rows an article states. Appending is O(1); a
 * removed row is marked dead and skipped (removals come only from an
 * article saved again or deleted, which is rare).
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
  private headOut = new Int32Array(1024).fill(NONE);
  private headIn = new Int32Array(1024).fill(NONE);
  private headOfArticle = new Int32Array(1024).fill(NONE);
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
    this.ensureNode(Math.max(row.from, row.to, row.article));
    this.type[r] = TYPE_CODE.get(row.type)!;
    this.from[r] = row.from;
    this.to[r] = row.to;
    this.article[r] = row.article;
    this.spanStart[r] = row.spanStart;
    this.spanEnd[r] = row.spanEnd;
    this.role[r] = this.roleCode(row.role);
    this.nextOut[r] = this.headOut[row.from];
    this.headOut[row.from] = r;
    this.nextIn[r] = this.headIn[row.to];
    this.headIn[row.to] = r;
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

  /** The live rows leaving `node` (newest first), of `type` when given. */
  out(node: number, type?: RelationType): number[] {
    return this.walk(this.headOut, this.nextOut, node, type);
  }

  /** The live rows reaching `node` (newest first), of `type` when given. */
  in(node: number, type?: RelationType): number[] {
    return this.walk(this.headIn, this.nextIn, node, type);
  }

  /** The live rows an article states (newest first), of every type. */
  ofArticle(article: number): number[] {
    return this.walk(this.headOfArticle, this.nextOfArticle, article);
  }

  /** Whether `node` has a live incoming row of `type` (no list built). */
  hasIn(node: number, type: RelationType): boolean {
    const code = TYPE_CODE.get(type)!;
    if (node >= this.headIn.length) return false;
    for (let r = this.headIn[node]; r !== NONE; r = this.nextIn[r]) if (this.type[r] === code) return true;
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

  private walk(head: Int32Array, next: Int32Array, node: number, type?: RelationType): number[] {
    const rows: number[] = [];
    if (node >= head.length) return rows;
    const code = type === undefined ? -1 : TYPE_CODE.get(type)!;
    for (let r = head[node]; r !== NONE; r = next[r]) {
      const t = this.type[r];
      if (t !== DEAD && (code < 0 || t === code)) rows.push(r);
    }
    return rows;
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

  private growRows(): void {
    const n = this.type.length * 2;
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

  /** Heads cover every node index up to `node`. */
  private ensureNode(node: number): void {
    if (node < this.headOut.length) return;
    let n = this.headOut.length;
    while (n <= node) n *= 2;
    this.headOut = grow(this.headOut, n, NONE);
    this.headIn = grow(this.headIn, n, NONE);
    this.headOfArticle = grow(this.headOfArticle, n, NONE);
  }
}

function grow<T extends Uint8Array | Int32Array>(a: T, n: number, fill?: number): T {
  const b = new (a.constructor as new (n: number) => T)(n);
  b.set(a);
  if (fill !== undefined) b.fill(fill, a.length);
  return b;
}
