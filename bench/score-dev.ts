/**
 * Scores the extraction on an article set without the server: runs
 * extractArticle on each article, shapes the facts the way the GraphQL
 * `ArticleFacts` query returns them, and scores them with the benchmark's own
 * scorer (../shared/eval/score.mjs). Prints the metric table and the misses.
 *
 * Usage: npx ts-node --transpile-only bench/score-dev.ts [SET_DIR] [--quiet]
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ArticleFacts, ArticleMeta } from '../src/domain/facts';
import { extractArticle } from '../src/extraction/extract-article';

const ROOT = resolve(__dirname, '..');
export const DEFAULT_SET = resolve(ROOT, '../shared/eval/dev');
const SCORER = resolve(ROOT, '../shared/eval/score.mjs');

type Counts = Record<string, Record<string, number>>;
export interface Scorer {
  scoreArticle(gold: unknown, article: unknown): { counts: Counts; misses: Record<string, unknown> };
  figures(totals: Counts): Record<string, { f1?: number | null; acc?: number | null; p?: number | null; r?: number | null }>;
}

/** Loads the ESM scorer from CommonJS without the import being rewritten into require(). */
const importEsm = new Function('p', 'return import(p)') as (p: string) => Promise<Scorer>;

/** The ArticleFacts query's answer, built from extracted facts. */
export function toGraphqlShape(f: ArticleFacts): unknown {
  const person = new Map(f.persons.map((p) => [p.id, p]));
  const org = new Map(f.organizations.map((o) => [o.id, o]));
  const doc = new Map(f.documents.map((d) => [d.id, d]));
  const named = (id: string | null) => (id && person.get(id) ? { name: person.get(id)!.name } : null);
  return {
    id: f.article.id,
    authors: f.authors.map((a) => named(a.personId)),
    positions: f.positions.map((p) => ({
      person: named(p.personId),
      title: p.title,
      organization: p.organizationId && org.get(p.organizationId) ? { name: org.get(p.organizationId)!.name } : null,
    })),
    sessions: f.sessions.map((s) => ({
      date: s.date,
      chair: named(s.chairId),
      participants: s.participantIds.map(named).filter(Boolean),
      organizations: s.organizationIds.map((id) => ({ name: org.get(id)?.name ?? null })),
    })),
    documents: f.documents.map((d) => ({
      type: d.type,
      number: d.number,
      issuedOn: d.issuedOn,
      issuer: d.issuerId && org.get(d.issuerId) ? { name: org.get(d.issuerId)!.name } : null,
    })),
    organizations: f.organizations.map((o) => {
      const founding = f.foundings.find((x) => x.organizationId === o.id);
      return { name: o.name, foundingDocument: founding ? { number: doc.get(founding.documentId)?.number ?? null } : null };
    }),
  };
}

export interface SetScore {
  figures: ReturnType<Scorer['figures']>;
  perArticle: Array<{ id: string; misses: Record<string, unknown> }>;
}

/** One article of a set: its gold facts and the extracted facts in the GraphQL shape. */
export interface ShapedArticle {
  id: string;
  gold: unknown;
  article: unknown;
}

/** Extracts every article of a set folder (ID.txt, ID.meta.json, ID.gold.json). */
export function shapeSet(dir: string): ShapedArticle[] {
  const ids = readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => f.slice(0, -4)).sort();
  return ids
    .filter((id) => existsSync(join(dir, `${id}.gold.json`)))
    .map((id) => {
      const text = readFileSync(join(dir, `${id}.txt`), 'utf8');
      const metaFile = join(dir, `${id}.meta.json`);
      const meta: ArticleMeta = existsSync(metaFile) ? JSON.parse(readFileSync(metaFile, 'utf8')) : {};
      const gold = JSON.parse(readFileSync(join(dir, `${id}.gold.json`), 'utf8'));
      return { id, gold, article: toGraphqlShape(extractArticle(text, meta)) };
    });
}

/** Scores extracted articles with the benchmark's scorer: summed counts, figures, misses per article. */
export function scoreShaped(scorer: Scorer, articles: readonly ShapedArticle[]): SetScore {
  const totals: Counts = {};
  const perArticle: SetScore['perArticle'] = [];
  for (const a of articles) {
    const { counts, misses } = scorer.scoreArticle(a.gold, a.article);
    for (const [metric, c] of Object.entries(counts)) {
      const t = (totals[metric] ??= {});
      for (const [k, v] of Object.entries(c)) t[k] = (t[k] ?? 0) + v;
    }
    perArticle.push({ id: a.id, misses });
  }
  return { figures: scorer.figures(totals), perArticle };
}

/** Extracts and scores every article of a set folder. */
export async function scoreSet(dir: string): Promise<SetScore> {
  return scoreShaped(await importEsm(pathToFileURL(SCORER).href), shapeSet(dir));
}

/** The scorer's path (an ES module beside the dev set). */
export const SCORER_PATH = SCORER;

function fmt(x: number | null | undefined): string {
  return x == null ? '  n/a' : x.toFixed(3);
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const dir = resolve(args.find((a) => !a.startsWith('--')) ?? DEFAULT_SET);
  const { figures, perArticle } = await scoreSet(dir);
  if (!args.includes('--quiet')) {
    for (const a of perArticle) {
      const lines = Object.entries(a.misses).flatMap(([metric, m]) => describe(metric, m));
      if (lines.length) console.log(`--- ${a.id}\n${lines.join('\n')}`);
    }
  }
  console.log(`\nmetric            P      R      F1     acc`);
  for (const [name, f] of Object.entries(figures)) {
    console.log(`${name.padEnd(16)}  ${fmt(f.p)}  ${fmt(f.r)}  ${fmt(f.f1)}  ${fmt(f.acc)}`);
  }
}

function describe(metric: string, m: unknown): string[] {
  if (Array.isArray(m)) return m.map((x) => `  ${metric} wrong: ${JSON.stringify(x)}`);
  const o = m as { fp?: unknown[]; fn?: unknown[] };
  return [...(o.fp ?? []).map((x) => `  ${metric} FP: ${JSON.stringify(x)}`), ...(o.fn ?? []).map((x) => `  ${metric} FN: ${JSON.stringify(x)}`)];
}

if (require.main === module) {
  main().catch((e) => {
    console.error(e);
    process.exitCode = 1;
  });
}
