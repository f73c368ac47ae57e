import { partsOf } from './dates';
import type { Org } from './orgs';
import type { Office, Person } from './people';
import type { Rng } from './prng';
import type { TruthBuilder } from './truth';

/** What a story writes into: the article's random source, its facts, and which bodies it has named. */
export interface Pen {
  r: Rng;
  truth: TruthBuilder;
  known: Set<string>; // keys of organizations already named in full
}

/** An organization as written: full or abbreviated body, with its unit unless `bare`. */
export function writeOrg(pen: Pen, org: Org, bare = false): string {
  const body = pen.r.chance(0.35) ? pen.r.pick(org.bodies) : org.bodies[0];
  pen.known.add(org.key);
  return bare ? body : `${body} ${org.suffix}`;
}

const TITLE_SHORT: Record<string, string> = {
  'Ủy viên Ban Thường vụ': 'UVBTV',
  'Phó Bí thư Thường trực': 'Phó Bí thư TT',
};

/**
 * "Ủy viên Ban Thường vụ Huyện ủy, Phó Chủ tịch UBND huyện Tân Phú": a list
 * of offices, the unit left out where the next office names the same one, or
 * where a party body was named in full earlier ("Huyện ủy" in an article
 * about that district).
 */
export function writeOffices(pen: Pen, offices: readonly Office[]): string {
  return offices
    .map((o, i) => {
      const next = offices[i + 1];
      const title = TITLE_SHORT[o.title] && pen.r.chance(0.15) ? TITLE_SHORT[o.title] : o.title;
      const sharesUnit = next !== undefined && next.org.suffix === o.org.suffix && pen.r.chance(0.6);
      const fromContext = !/^(xã|phường|thị trấn|huyện|tỉnh|thôn|bản|tổ|cơ|Quân|Công|Trường)/.test(o.org.suffix)
        && pen.known.has(o.org.key) && pen.r.chance(0.3);
      return `${title} ${writeOrg(pen, o.org, sharesUnit || fromContext)}`;
    })
    .join(', ');
}

/** Names a person with their offices and records the person (with those offices) as a fact. */
export function writePerson(pen: Pen, person: Person, offices: readonly Office[], sentenceStart = false): string {
  pen.truth.person(person.name, offices.map((o) => ({ title: o.title, organization: o.org.full })));
  const roll = pen.r.next();
  let honorific = roll < 0.7 ? 'đồng chí ' : roll < 0.9 ? (person.female ? 'bà ' : 'ông ') : '';
  if (sentenceStart) honorific = honorific ? honorific[0].toUpperCase() + honorific.slice(1) : '';
  const list = offices.length ? `, ${writeOffices(pen, offices)}` : '';
  return `${honorific}${person.name}${list}`;
}

/**
 * A date as news sites write it, with the gold value: "Ngày 7/8/2025",
 * "Sáng ngày 07/01/2024", "Chiều ngày 30 tháng 6 năm 2022", "Ngày 08/5"
 * (year left to the publication date; `XXXX` in gold when there is none).
 */
export function writeDate(pen: Pen, iso: string, published: string | null, sentenceStart: boolean): { text: string; gold: string } {
  const { y, m, d } = partsOf(iso);
  const dd = String(d).padStart(2, '0');
  const mm = String(m).padStart(2, '0');
  const part = pen.r.pick(['', '', '', 'Sáng ', 'Chiều ', 'Tối ']);
  const day = pen.r.chance(0.75) ? 'ngày ' : '';
  const yearKnown = published === null || published.startsWith(String(y));
  const styles = [`${d}/${m}/${y}`, `${dd}/${mm}/${y}`, `${d} tháng ${m} năm ${y}`, `${d}-${m}-${y}`, `${dd}/${mm}/${y}`];
  const noYear = yearKnown && pen.r.chance(0.2);
  const body = noYear ? pen.r.pick([`${dd}/${m}`, `${d}/${m}`, `${d} tháng ${m}`]) : pen.r.pick(styles);
  let text = part ? `${part}${day}${body}` : `Ngày ${body}`;
  if (!sentenceStart) text = text[0].toLowerCase() + text.slice(1);
  const gold = noYear && published === null ? `XXXX-${mm}-${dd}` : iso;
  return { text, gold };
}

/** A document date inside a sentence: "ngày 15/7/2025" or "ngày 15 tháng 7 năm 2025". */
export function writeDocDate(pen: Pen, iso: string): string {
  const { y, m, d } = partsOf(iso);
  return pen.r.pick([`ngày ${d}/${m}/${y}`, `ngày ${String(d).padStart(2, '0')}/${String(m).padStart(2, '0')}/${y}`, `ngày ${d} tháng ${m} năm ${y}`]);
}

/** A document number as written: mostly clean, sometimes spaced or with an en dash (gold removes both). */
export function writeNumber(pen: Pen, number: string): string {
  const roll = pen.r.next();
  if (roll < 0.08) return number.replace(/-/g, ' - ');
  if (roll < 0.14) return number.replace('-', '–');
  return number;
}
