import { articleId } from '../../src/domain/ids';
import type { GraphStore } from '../../src/store/store.port';
import type { GeneratedArticle } from '../corpus/generate';
import { Rng } from '../corpus/prng';

/** Values for the queries, taken from the generated truth and resolved to ids in the built store. */
export interface BenchVars {
  articleIds: string[];
  dateRanges: Array<{ from: string; to: string }>;
  documentNumbers: string[];
  names: string[];
  searchTexts: string[];
  personIds: string[];
  officeQueries: Array<{ organizationId: string; on: string }>;
  personPairs: Array<{ from: string; to: string }>;
}

/** What the corpus gives before any id is known. */
export interface TruthSample {
  articleIds: string[];
  sessionDates: string[];
  documentNumbers: string[];
  names: string[];
  offices: Array<{ organization: string; on: string }>;
}

const KEEP = 300;

/** A fixed-size uniform sample of the corpus (reservoir sampling), seeded so runs agree. */
export class TruthSampler {
  private seen = 0;
  private readonly r: Rng;
  readonly sample: TruthSample = { articleIds: [], sessionDates: [], documentNumbers: [], names: [], offices: [] };

  constructor(seed: number) {
    this.r = Rng.of(seed, 'bench-sample');
  }

  add(a: GeneratedArticle): void {
    this.seen += 1;
    const slot = this.seen <= KEEP ? this.seen - 1 : this.r.int(0, this.seen - 1);
    if (slot >= KEEP) return;
    const s = this.sample;
    const t = a.truth;
    put(s.articleIds, slot, articleId(a.meta.url, a.text));
    const date = t.sessions.map((x) => x.date).find((d) => d && !d.startsWith('XXXX'));
    if (date) put(s.sessionDates, slot, date);
    if (t.documents[0]) put(s.documentNumbers, slot, t.documents[0].number);
    if (t.persons[0]) put(s.names, slot, this.r.pick(t.persons).name);
    const on = a.meta.publishedAt ?? date;
    const withOffice = t.persons.find((p) => p.positions.length > 0);
    if (withOffice && on) put(s.offices, slot, { organization: withOffice.positions[0].organization, on });
  }
}

function put<T>(list: T[], slot: number, value: T): void {
  if (slot < list.length) list[slot] = value;
  else list.push(value);
}

/** Folds a name as people type it without diacritics: "trinh tuan dong". */
export function fold(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase();
}

/** Looks the sampled names and bodies up in the store (outside any timing) to get ids for the id-taking queries. */
export async function resolveVars(store: GraphStore, s: TruthSample, seed: number): Promise<BenchVars> {
  const r = Rng.of(seed, 'bench-vars');
  const found = await store.getNodes('Article', s.articleIds);
  const articleIds = s.articleIds.filter((id) => found.has(id));
  const personIds: string[] = [];
  for (const name of s.names.slice(0, 120)) {
    const page = await store.listPeople({ search: name }, { first: 5 });
    const hit = page.items.find((i) => i.node.name === name) ?? page.items[0];
    if (hit && !personIds.includes(hit.node.id)) personIds.push(hit.node.id);
  }
  if (personIds.length < 10) personIds.push(...(await store.scanNodes('Person', null, 100)).map((p) => p.id));
  const officeQueries: BenchVars['officeQueries'] = [];
  for (const o of s.offices.slice(0, 120)) {
    const page = await store.listOrganizations({ search: o.organization }, { first: 5 });
    const hit = page.items.find((i) => i.node.name === o.organization) ?? page.items[0];
    if (hit) officeQueries.push({ organizationId: hit.node.id, on: o.on });
  }
  const personPairs = Array.from({ length: Math.min(100, personIds.length) }, () => ({ from: r.pick(personIds), to: r.pick(personIds) }))
    .filter((p) => p.from !== p.to);
  const dateRanges = s.sessionDates.map((d) => ({ from: d, to: addDays(d, r.int(7, 60)) }));
  const names = s.names.map((n) => (r.chance(0.4) ? fold(n) : n));
  const words = s.names.map((n) => n.split(' ').slice(-2).join(' '));
  const searchTexts = [...words.slice(0, 100), ...s.documentNumbers.slice(0, 50), ...s.offices.slice(0, 50).map((o) => fold(o.organization))];
  return { articleIds, dateRanges, documentNumbers: s.documentNumbers, names, searchTexts, personIds, officeQueries, personPairs };
}

function addDays(iso: string, days: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}
