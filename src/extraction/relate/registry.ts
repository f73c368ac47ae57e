import type { AdminUnitFact, OrganizationFact, Span } from '../../domain/facts';
import { agencyCommitteeAliases } from './agency-committee';
import { cachedId as stableId } from './cached-id';
import { fold } from '../keys';
import type { ContextUnit, ArticleContext } from '../resolve/article-context';
import type { ResolvedOrg } from '../resolve/complete-org';
import { withWorkplace, type Workplaces } from '../resolve/workplaces';

/** Mentions kept per node and article: enough to show where it is named; a list of thousands shows nothing more. */
const MAX_MENTIONS = 200;

/** Where a unit lies, as the article states or implies: "xã A" -> "huyện B". */
export type ParentOf = (u: ContextUnit) => ContextUnit | null;

/**
 * The units and organizations of one article, one fact per canonical key:
 * unit = level + folded name + parent; organization = kind + unit + folded
 * name. An organization with no unit (a bare "Huyện ủy") is known only
 * within its article, so its key carries the article id.
 */
export class FactRegistry {
  readonly units = new Map<string, AdminUnitFact>();
  readonly orgs = new Map<string, OrganizationFact>();
  private readonly aliases = new Map<string, string>();
  private readonly seen = new Map<string, Set<number>>(); // fact id -> starts of the mentions recorded
  private readonly orgByShape = new Map<string, OrganizationFact>();
  private readonly unitByShape = new Map<string, AdminUnitFact>();

  /** `workplaces`: those the article names in full, for the bare ones (resolve/workplaces). */
  constructor(
    private readonly articleId: string,
    private readonly parentOf: ParentOf,
    private readonly workplaces: Workplaces = new Map(),
  ) {}

  /**
   * Names that stand for a longer name of the same body in this article ("Chi bộ" -> "Chi bộ cơ quan ...").
   * `told` bodies (founded, issuing) carry free-text names: they stand for a short name only when it opens them
   * ("Ban Chỉ đạo" -> "Ban Chỉ đạo xóa nhà tạm, nhà dột nát huyện X", not "Ban Tổ chức Tỉnh ủy").
   */
  setAliases(orgs: readonly ResolvedOrg[], told: readonly ResolvedOrg[] = []): void {
    const toldNames = new Set(told.map((o) => o.name));
    // The bodies others belong to count too: "Ban Thường vụ Đảng ủy Khối các cơ quan tỉnh" names the Đảng ủy Khối in full.
    const all: ResolvedOrg[] = [];
    for (const list of [orgs, told]) for (const o of list) for (let x: ResolvedOrg | null = o; x; x = x.inner) all.push(x);
    const byName = new Map<string, ResolvedOrg>(); // the last of each name, in the order names first come
    for (const x of all) byName.set(x.name, x);
    const buckets = new Map<string, ResolvedOrg[]>();
    for (const o of byName.values()) {
      const k = `${o.head}|${o.kind}`;
      const bucket = buckets.get(k);
      if (bucket) bucket.push(o);
      else buckets.set(k, [o]);
    }
    for (const [bare, full] of agencyCommitteeAliases(all)) this.aliases.set(bare, full);
    for (const names of buckets.values()) {
      // A name alone in its bucket has no longer name to stand for; more than 200 are a list, not one body named several ways.
      if (names.length < 2 || names.length > 200) continue;
      const words = new Map(names.map((n) => [n, wordSet(n.name)]));
      for (const a of names) {
        // "Chi bộ Trường Tiểu học Quý Mỹ" is one of the two schools "Chi bộ Trường Tiểu học và THCS Quý Mỹ" joins, not that body.
        const supers = names.filter(
          (b) =>
            b !== a && contains(words.get(b)!, words.get(a)!) && (!toldNames.has(b.name) || opens(b.name, a.name)) &&
            !(JOINS.test(b.name) && !JOINS.test(a.name)) && !otherUnits(a, b),
        );
        // The longest name holding the others; else the one written with its unit ("Ban Chỉ đạo ... huyện Nam Giang"
        // beside a headline's "Ban Chỉ đạo ... triển"), if only one is or one holds the others.
        const placed = supers.filter((b) => b.unit);
        const holdsAll = (list: ResolvedOrg[]) => list.find((b) => list.every((c) => c === b || contains(words.get(b)!, words.get(c)!)));
        // Of those written with their unit, the one holding the others' words ("... giai đoạn 2016 - 2020 huyện X" over a headline's "... huyện").
        const top = holdsAll(supers) ?? (placed.length > 0 ? holdsAll(placed) : undefined);
        if (top) this.aliases.set(a.name, top.name);
      }
    }
  }

  /** The canonical name of an organization in this article, with the body it belongs to named in full too. */
  nameOf(org: ResolvedOrg): string {
    const alias = this.aliases.get(org.name);
    // "Đảng ủy" -> "Đảng ủy Sở": the longer name may end in a bare workplace too.
    if (alias) return withWorkplace(alias, this.workplaces);
    const inner = org.inner;
    // "Trưởng phòng Nhân sự" in an article about one company: a department without a unit is the company's.
    const company = this.workplaces.get('Công ty');
    if (company && org.head === 'Phòng' && !org.unit && !inner) return `${org.name} ${company}`;
    if (!inner || !org.name.endsWith(inner.name)) return withWorkplace(org.name, this.workplaces);
    return org.name.slice(0, org.name.length - inner.name.length) + this.nameOf(inner);
  }

  unitId(u: ContextUnit, span: Span | null): string {
    const shape = `${u.level}|${u.word}|${u.name}`;
    let fact = this.unitByShape.get(shape);
    if (fact) {
      if (span) this.addMention(fact, span);
      return fact.id;
    }
    const key = this.unitKey(u);
    fact = this.units.get(key);
    if (!fact) {
      const parent = this.parentOf(u);
      fact = { id: stableId('AdminUnit', key), name: `${u.word} ${u.name}`, level: u.level, parentId: parent ? this.unitId(parent, null) : null, mentions: [] };
      this.units.set(key, fact);
    }
    this.unitByShape.set(shape, fact);
    if (span) this.addMention(fact, span);
    return fact.id;
  }

  orgId(org: ResolvedOrg, span: Span | null, resolveSpan: (s: { start: number; end: number }) => Span): string {
    const shape = `${org.kind}|${org.name}|${org.unit?.level}|${org.unit?.name}|${org.national}|${org.inner?.name}`;
    let fact = this.orgByShape.get(shape);
    if (!fact) {
      fact = this.orgFact(org, resolveSpan);
      this.orgByShape.set(shape, fact);
    }
    if (span) this.addMention(fact, span);
    else if (org.span && !this.hasMention(fact, org.span.start)) this.addMention(fact, resolveSpan(org.span));
    return fact.id;
  }

  private orgFact(org: ResolvedOrg, resolveSpan: (s: { start: number; end: number }) => Span): OrganizationFact {
    const alias = this.aliases.get(org.name);
    const name = this.nameOf(org);
    const unitKey = org.unit ? this.unitKey(org.unit) : org.national ? 'national' : `article:${this.articleId}`;
    const key = `${org.kind}|${unitKey}|${fold(name)}`;
    let fact = this.orgs.get(key);
    if (!fact) {
      fact = {
        id: stableId('Organization', key),
        name,
        kind: org.kind,
        adminUnitId: org.unit ? this.unitId(org.unit, null) : null,
        parentId: org.inner && !alias ? this.orgId(org.inner, null, resolveSpan) : null,
        mentions: [],
      };
      this.orgs.set(key, fact);
    }
    return fact;
  }

  private hasMention(fact: { id: string }, start: number): boolean {
    return this.seen.get(fact.id)?.has(start) ?? false;
  }

  private addMention(fact: { id: string; mentions: Span[] }, span: Span): void {
    let starts = this.seen.get(fact.id);
    if (!starts) this.seen.set(fact.id, (starts = new Set()));
    if (starts.has(span.start) || starts.size >= MAX_MENTIONS) return;
    starts.add(span.start);
    fact.mentions.push(span);
  }

  private unitKey(u: ContextUnit): string {
    const parent = this.parentOf(u);
    return `${u.level}|${fold(u.name)}|${parent ? this.unitKey(parent) : ''}`;
  }
}

/** Parents from the article: stated next to each other ("phường A (quận B)"), else the context's chain. */
export function makeParentOf(stated: ReadonlyMap<string, ContextUnit>, ctx: ArticleContext): ParentOf {
  const same = (a: ContextUnit | null, b: ContextUnit) => a !== null && a.level === b.level && a.name === b.name;
  return (u) => {
    const s = stated.get(`${u.level}|${u.name}`);
    if (s) return s;
    if (u.level === 'VILLAGE') return ctx.commune;
    if (same(ctx.commune, u)) return ctx.district ?? ctx.province;
    if (same(ctx.district, u)) return ctx.province;
    return null;
  };
}

const NAME_WORDS = new Map<string, string[]>();

/** The lowercase words of a name, remembered (the same bodies recur from article to article). */
function wordsOfName(s: string): string[] {
  let w = NAME_WORDS.get(s);
  if (!w) {
    if (NAME_WORDS.size > 10_000) NAME_WORDS.clear();
    NAME_WORDS.set(s, (w = s.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean)));
  }
  return w;
}

const NAME_WORD_SETS = new Map<string, ReadonlySet<string>>();

/** The words of a name as a set, remembered like the words themselves (read only). */
function wordSet(s: string): ReadonlySet<string> {
  let w = NAME_WORD_SETS.get(s);
  if (!w) {
    if (NAME_WORD_SETS.size > 10_000) NAME_WORD_SETS.clear();
    NAME_WORD_SETS.set(s, (w = new Set(wordsOfName(s))));
  }
  return w;
}

/** Whether `long` opens with the words of `short` ("Ban Chỉ đạo xóa nhà tạm, ..." opens with "Ban Chỉ đạo"). */
function opens(long: string, short: string): boolean {
  const a = wordsOfName(long);
  const b = wordsOfName(short);
  return b.length < a.length && b.every((w, i) => a[i] === w);
}

function contains(big: ReadonlySet<string>, small: ReadonlySet<string>): boolean {
  if (small.size >= big.size) return false;
  for (const w of small) if (!big.has(w)) return false;
  return true;
}

/** A school of two levels ("Trường Tiểu học và Trung học cơ sở X"): each level's school is another body. */
const JOINS = /(?:Mầm non|Tiểu học|Trung học cơ sở) và (?:Tiểu học|Trung học cơ sở|Trung học phổ thông)/u;

/** Two bodies written with units of one level, named apart ("thôn Phú Đông" is not in "thôn Phú Tây xã Duy Hòa Đông", though its words are). */
function otherUnits(a: ResolvedOrg, b: ResolvedOrg): boolean {
  if (!a.unit?.name || !b.unit?.name || a.unit.level !== b.unit.level) return false;
  // "Buôn Ma" read short stands for "Buôn Ma Thuột".
  return !a.unit.name.includes(b.unit.name) && !b.unit.name.includes(a.unit.name);
}
