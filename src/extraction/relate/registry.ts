import type { AdminUnitFact, OrganizationFact, Span } from '../../domain/facts';
import { cachedId as stableId } from './cached-id';
import { fold } from '../keys';
import type { ContextUnit, ArticleContext } from '../resolve/article-context';
import type { ResolvedOrg } from '../resolve/complete-org';

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

  constructor(
    private readonly articleId: string,
    private readonly parentOf: ParentOf,
  ) {}

  /** Names that stand for a longer name of the same body in this article ("Chi bộ" -> "Chi bộ cơ quan ..."). */
  setAliases(orgs: readonly ResolvedOrg[]): void {
    const names = [...new Map(orgs.map((o) => [o.name, o])).values()];
    for (const a of names) {
      const wa = wordSet(a.name);
      const supers = names.filter((b) => b !== a && b.head === a.head && b.kind === a.kind && contains(wordSet(b.name), wa));
      const top = supers.find((b) => supers.every((c) => c === b || contains(wordSet(b.name), wordSet(c.name))));
      if (top) this.aliases.set(a.name, top.name);
    }
  }

  /** The canonical name of an organization in this article. */
  nameOf(org: ResolvedOrg): string {
    return this.aliases.get(org.name) ?? org.name;
  }

  unitId(u: ContextUnit, span: Span | null): string {
    const key = this.unitKey(u);
    let fact = this.units.get(key);
    if (!fact) {
      const parent = this.parentOf(u);
      fact = { id: stableId('AdminUnit', key), name: `${u.word} ${u.name}`, level: u.level, parentId: parent ? this.unitId(parent, null) : null, mentions: [] };
      this.units.set(key, fact);
    }
    if (span && !fact.mentions.some((m) => m.start === span.start)) fact.mentions.push(span);
    return fact.id;
  }

  orgId(org: ResolvedOrg, span: Span | null, resolveSpan: (s: { start: number; end: number }) => Span): string {
    const alias = this.aliases.get(org.name);
    const name = alias ?? org.name;
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
    const s = span ?? (org.span ? resolveSpan(org.span) : null);
    if (s && !fact.mentions.some((m) => m.start === s.start)) fact.mentions.push(s);
    return fact.id;
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

function wordSet(s: string): Set<string> {
  return new Set(s.toLowerCase().split(/\s+/).filter(Boolean));
}

function contains(big: Set<string>, small: Set<string>): boolean {
  return small.size < big.size && [...small].every((w) => big.has(w));
}
