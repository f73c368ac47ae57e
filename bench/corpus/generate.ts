import { addDays } from './dates';
import { dressArticle } from './chrome';
import { fillerParagraph } from './filler';
import { unitOf } from './orgs';
import { Population } from './people';
import { Rng } from './prng';
import type { StoryContext } from './story-kit';
import { writeCellCongress } from './stories/cell-congress';
import { writeConference } from './stories/conference';
import { writeFounding } from './stories/founding';
import { writeInspection } from './stories/inspection';
import { writeMassOrg } from './stories/mass-org';
import { writePlan } from './stories/plan';
import { writeWorkingSession } from './stories/working-session';
import { type Gold, TruthBuilder } from './truth';
import { shapeFor, World } from './world';

export type { Gold } from './truth';

/** One generated article: the files of a GOLD.md set (`ID.txt`, `ID.meta.json`, `ID.gold.json`). */
export interface GeneratedArticle {
  id: string;
  text: string;
  meta: { url: string | null; title: string | null; publishedAt: string | null };
  truth: Gold;
}

export interface CorpusOptions {
  articles: number;
  seed: number;
  /** First index to produce (to resume or to split the work); the world depends on `articles` and `seed` only. */
  start?: number;
}

const STORIES: Array<[number, (ctx: StoryContext) => void]> = [
  [22, writeWorkingSession],
  [20, writeConference],
  [12, writeCellCongress],
  [14, writeFounding],
  [12, writePlan],
  [10, writeInspection],
  [10, writeMassOrg],
];
const STORY_WEIGHT = STORIES.reduce((s, [w]) => s + w, 0);
const FIRST_DAY = '2019-01-01';
const DAYS = 2545; // to mid-December 2025

/**
 * A deterministic corpus of local political news: the same options give the
 * same articles, byte for byte. Articles are made one at a time from
 * (seed, index), so a stream of any length runs in constant memory.
 */
export function* generateCorpus(options: CorpusOptions): Generator<GeneratedArticle> {
  const world = new World(options.seed, shapeFor(options.articles));
  const pop = new Population(world);
  for (let i = options.start ?? 0; i < options.articles; i++) yield generateArticle(world, pop, i);
}

/** Article `index` of the corpus of `world`. */
export function generateArticle(world: World, pop: Population, index: number): GeneratedArticle {
  const seed = world.seed;
  const r = Rng.of(seed, `article|${index}`);
  const commune = world.randomCommune(r);
  const ctx: StoryContext = {
    pen: { r, truth: new TruthBuilder(), known: new Set() },
    r, seed, world, pop, commune,
    baseDate: addDays(FIRST_DAY, r.int(0, DAYS)),
    date: '', published: null, title: '', paragraphs: [], captions: [], names: new Map(),
  };
  pickStory(r)(ctx);
  const province = commune.district.province;
  const authors = r.chance(0.1) ? [] : r.sample([0, 1, 2, 3, 4, 5], r.chance(0.2) ? 2 : 1).map((k) => pop.reporter(province, k));
  for (const a of authors) ctx.pen.truth.author(a.name);
  padWithFiller(ctx, r.int(4300, 5800));

  const site = `Báo ${province.name} điện tử`;
  const text = dressArticle({ r, site, title: ctx.title, published: ctx.published, authors, paragraphs: ctx.paragraphs, captions: ctx.captions }).normalize('NFC');
  const id = `s${seed}-${String(index).padStart(6, '0')}`;
  const url = r.chance(0.03) ? null : `https://bao${slug(province.name)}.vn/chinh-tri/${slug(ctx.title).slice(0, 70)}-${index}.html`;
  return { id, text, meta: { url, title: ctx.title, publishedAt: ctx.published }, truth: ctx.pen.truth.build() };
}

function pickStory(r: Rng): (ctx: StoryContext) => void {
  let roll = r.next() * STORY_WEIGHT;
  for (const [w, story] of STORIES) if ((roll -= w) < 0) return story;
  return STORIES[0][1];
}

/** Filler after the lead paragraph and between the others, until the text is about `targetBytes`. */
function padWithFiller(ctx: StoryContext, targetBytes: number): void {
  const u = unitOf(ctx.commune);
  const province = ctx.commune.district.province.name;
  let size = Buffer.byteLength(ctx.paragraphs.join('\n\n')) + 400;
  const used = new Set<string>();
  for (let guard = 0; size < targetBytes && guard < 40; guard++) {
    const p = fillerParagraph(ctx.r, u, province, used);
    const at = 1 + ctx.r.int(0, Math.max(0, ctx.paragraphs.length - 1));
    ctx.paragraphs.splice(at, 0, p);
    size += Buffer.byteLength(p) + 2;
  }
}

/** ASCII slug of Vietnamese words, for urls. */
export function slug(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D')
    .toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

if (require.main === module) {
  // `ts-node bench/corpus/generate.ts --articles N` works like the CLI
  void import('./cli').then((cli) => cli.main(process.argv.slice(2)));
}
