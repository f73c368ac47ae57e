import { addDays, DISTRICTS_END } from './dates';
import { communeOrgs, type CommuneOrgs, districtOrgs, type Org, provinceOrgs, unitOf } from './orgs';
import { districtPosts, type Office, type Person, Population, provincePosts } from './people';
import type { Rng } from './prng';
import type { Pen } from './render';
import type { World } from './world';
import type { Commune } from './world';

/** Everything a story needs to write one article about one commune. */
export interface StoryContext {
  pen: Pen;
  r: Rng;
  seed: number;
  world: World;
  pop: Population;
  commune: Commune;
  /** A date drawn for the article; stories move it where their event needs. */
  baseDate: string;
  /** Set by `settle`: the event date and the publication date (null: the crawler did not see one). */
  date: string;
  published: string | null;
  title: string;
  paragraphs: string[];
  captions: string[];
  /** Names written so far, by person key: two different people of one name would be ambiguous. */
  names: Map<string, string>;
}

/** Fixes the event date; the article appears zero to three days later (rarely with no date). */
export function settle(ctx: StoryContext, eventDate: string): void {
  ctx.date = eventDate;
  ctx.published = ctx.r.chance(0.04) ? null : addDays(eventDate, ctx.r.int(0, 3));
}

/** True when this person can be named here (no other person of the same name is in the article). */
export function usable(ctx: StoryContext, p: Person): boolean {
  const key = ctx.names.get(p.name);
  if (key !== undefined && key !== p.key) return false;
  ctx.names.set(p.name, p.key);
  return true;
}

export const unit = (ctx: StoryContext): string => unitOf(ctx.commune);
export const local = (ctx: StoryContext): CommuneOrgs => communeOrgs(ctx.commune);

/** The commune's main offices, in the order an article lists a person's posts. */
export function communeOffices(ctx: StoryContext): Office[] {
  const o = local(ctx);
  return [
    { org: o.party, title: 'Bí thư' },
    { org: o.party, title: 'Phó Bí thư Thường trực' },
    { org: o.party, title: 'Phó Bí thư', seat: 0 },
    { org: o.council, title: 'Chủ tịch' },
    { org: o.committee, title: 'Chủ tịch' },
    { org: o.front, title: 'Chủ tịch' },
  ];
}

/** A holder with every office among `candidates` they hold on the event date ("Bí thư Đảng ủy, Chủ tịch HĐND xã"). */
export function holderWithOffices(ctx: StoryContext, office: Office, candidates: Office[] = communeOffices(ctx)): { person: Person; offices: Office[] } {
  const person = ctx.pop.holder(office, ctx.date);
  const offices = candidates.filter((c) => ctx.pop.holder(c, ctx.date).key === person.key);
  if (!offices.some((o) => o.org.key === office.org.key && o.title === office.title)) offices.unshift(office);
  return { person, offices };
}

/** The level above the commune on the event date: the district until July 2025, then the province. */
export interface Superior {
  party: Org;
  standing: Org;
  inspection: Org;
  committee: Org;
  posts: Office[];
  /** Words for the level ("huyện Tân Phú", "tỉnh Hòa Lâm"). */
  unit: string;
}

export function superiorOf(ctx: StoryContext): Superior {
  const d = ctx.commune.district;
  if (ctx.date < DISTRICTS_END) {
    const o = districtOrgs(d);
    return { ...o, posts: districtPosts(d), unit: `huyện ${d.name}` };
  }
  const o = provinceOrgs(d.province);
  return { ...o, posts: provincePosts(d.province), unit: `tỉnh ${d.province.name}` };
}

/** Lists as news writes them: "A; B và C". */
export function joinList(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join('; ')} và ${items[items.length - 1]}`;
}
