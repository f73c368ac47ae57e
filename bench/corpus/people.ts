import { addDays, daysBetween, DISTRICTS_END, TERM_STARTS, termOf } from './dates';
import { FAMILY, GIVEN_FEMALE, GIVEN_MALE, MIDDLE_FEMALE, MIDDLE_MALE } from './lexicon';
import { communeOrgs, districtOrgs, provinceOrgs, type Org } from './orgs';
import { Rng } from './prng';
import type { Commune, District, Province, World } from './world';

/** A person of the generated world; the same key always gives the same name. */
export interface Person { key: string; name: string; female: boolean }

/** An office: a title in an organization, one of `seat` identical seats (deputies). */
export interface Office { org: Org; title: string; seat?: number }

/**
 * Who holds an office on a date. Holders are derived, not stored: a fresh
 * person per (office, term, half of term), except where the world links
 * offices, which is what makes people recur across articles and places:
 * a commune's Party secretary usually chairs its People's Council, the
 * deputy secretary chairs its People's Committee, secretaries are promoted
 * from the previous term's committee chairs and rise to district and
 * province posts, and when districts went (July 2025) their officials moved
 * to the communes.
 */
export class Population {
  constructor(private readonly world: World) {}

  holder(office: Office, date: string): Person {
    const seat = office.seat ?? 0;
    const linked = this.link(office, seat, date);
    if (linked) return this.holder(linked.office, linked.date);
    const slot = `${office.org.key}|${office.title}|${seat}`;
    const term = termOf(date);
    return this.person(`${slot}|${term}|${this.segment(slot, term, date)}`);
  }

  person(key: string): Person {
    const r = Rng.of(this.world.seed, `person|${key}`);
    const female = r.chance(0.3);
    const family = r.pick(FAMILY);
    const middle = female ? r.pick(MIDDLE_FEMALE) : r.pick(MIDDLE_MALE);
    const given = female ? r.pick(GIVEN_FEMALE) : r.pick(GIVEN_MALE);
    const second = r.chance(0.2) ? ` ${female ? r.pick(MIDDLE_FEMALE.slice(3)) : r.pick(MIDDLE_MALE.slice(2))}` : '';
    const middlePart = second.trim() === middle || second.trim() === given ? '' : second;
    return { key, name: `${family} ${middle}${middlePart} ${given === middle ? 'Hùng' : given}`, female };
  }

  /** A reporter of the province's paper; six per province. */
  reporter(province: Province, index: number): Person {
    const p = this.person(`reporter|${province.key}|${index}`);
    const words = p.name.split(' ');
    // pen names often keep two words: "Đình Thế", "Trần Lương"
    const short = Rng.of(this.world.seed, `pen|${province.key}|${index}`).chance(0.4);
    return short ? { ...p, name: `${words[words.length - 2]} ${words[words.length - 1]}` } : p;
  }

  /** 0 before a mid-term replacement, 1 after; about a third of offices change hands mid-term. */
  private segment(slot: string, term: number, date: string): number {
    const r = Rng.of(this.world.seed, `change|${slot}|${term}`);
    if (!r.chance(0.3)) return 0;
    const start = TERM_STARTS[term];
    const length = daysBetween(start, TERM_STARTS[term + 1]);
    return date >= addDays(start, r.int(300, length - 200)) ? 1 : 0;
  }

  private link(office: Office, seat: number, date: string): { office: Office; date: string } | null {
    const key = office.org.key;
    const place = parsePlace(this.world, key);
    if (!place) return null;
    const term = termOf(date);
    const firstHalf = this.segment(`${key}|${office.title}|${seat}`, term, date) === 0;
    const r = Rng.of(this.world.seed, `link|${key}|${office.title}|${seat}|${term}`);
    const prevEnd = addDays(TERM_STARTS[term], -1);
    if (place.commune) {
      const o = communeOrgs(place.commune);
      if (key === o.council.key && office.title === 'Chủ tịch' && r.chance(0.7)) return { office: { org: o.party, title: 'Bí thư' }, date };
      if (key === o.party.key && office.title === 'Phó Bí thư' && seat === 0) return { office: { org: o.committee, title: 'Chủ tịch' }, date };
      if (key === o.party.key && office.title === 'Bí thư' && firstHalf) {
        // each of the first communes of a district takes one former district official
        const posts = districtPosts(place.commune.district);
        if (date >= DISTRICTS_END && place.commune.index < posts.length && r.chance(0.7)) {
          return { office: posts[place.commune.index], date: addDays(DISTRICTS_END, -1) };
        }
        if (term > 0 && r.chance(0.45)) return { office: { org: o.committee, title: 'Chủ tịch' }, date: prevEnd };
      }
      return null;
    }
    if (place.district) {
      const o = districtOrgs(place.district);
      if (key === o.party.key && office.title === 'Phó Bí thư' && seat === 0) return { office: { org: o.committee, title: 'Chủ tịch' }, date };
      const index = indexOfOffice(districtPosts(place.district), office, seat);
      if (term > 0 && firstHalf && index >= 0 && r.chance(0.4)) {
        const communes = this.world.communes(place.district);
        const c = communes[(index * 3 + term) % communes.length];
        return { office: { org: communeOrgs(c).party, title: 'Bí thư' }, date: prevEnd };
      }
      return null;
    }
    const o = provinceOrgs(place.province);
    if (key === o.party.key && office.title === 'Phó Bí thư' && seat === 0) return { office: { org: o.committee, title: 'Chủ tịch' }, date };
    const index = indexOfOffice(provincePosts(place.province), office, seat);
    if (term > 0 && firstHalf && index >= 0 && r.chance(0.4)) {
      const districts = this.world.districts(place.province);
      const d = districts[(index + term) % districts.length];
      const dateThen = term === 2 ? addDays(DISTRICTS_END, -1) : prevEnd;
      const title = index % 2 === 0 ? 'Bí thư' : 'Phó Bí thư';
      return { office: { org: districtOrgs(d).party, title, seat: title === 'Bí thư' ? 0 : 1 }, date: dateThen };
    }
    return null;
  }
}

/** District offices below the top, in a fixed order (links pick by position, so no two collide). */
export function districtPosts(d: District): Office[] {
  const o = districtOrgs(d);
  return [
    { org: o.party, title: 'Phó Bí thư', seat: 1 },
    { org: o.committee, title: 'Phó Chủ tịch', seat: 0 },
    { org: o.committee, title: 'Phó Chủ tịch', seat: 1 },
    { org: o.organizing, title: 'Trưởng Ban' },
    { org: o.mobilizing, title: 'Trưởng Ban' },
    { org: o.inspection, title: 'Chủ nhiệm' },
    { org: o.party, title: 'Ủy viên Ban Thường vụ', seat: 0 },
  ];
}

/** Province offices below the top, in a fixed order. */
export function provincePosts(p: Province): Office[] {
  const o = provinceOrgs(p);
  return [
    { org: o.party, title: 'Phó Bí thư', seat: 1 },
    { org: o.committee, title: 'Phó Chủ tịch', seat: 0 },
    { org: o.committee, title: 'Phó Chủ tịch', seat: 1 },
    { org: o.organizing, title: 'Trưởng Ban' },
    { org: o.mobilizing, title: 'Trưởng Ban' },
    { org: o.inspection, title: 'Chủ nhiệm' },
  ];
}

function indexOfOffice(list: Office[], office: Office, seat: number): number {
  return list.findIndex((x) => x.org.key === office.org.key && x.title === office.title && (x.seat ?? 0) === seat);
}

/** Finds the place an organization key belongs to ("P3D2C7:DU" is a commune's). */
function parsePlace(world: World, orgKey: string): { province: Province; district?: District; commune?: Commune } | null {
  const m = /^P(\d+)(?:D(\d+))?(?:C(\d+))?:/.exec(orgKey);
  if (!m) return null;
  const province = world.provinces[Number(m[1])];
  if (!province) return null;
  if (m[2] === undefined) return { province };
  const district = world.districts(province)[Number(m[2])];
  if (m[3] === undefined) return { province, district };
  return { province, district, commune: world.communes(district)[Number(m[3])] };
}
