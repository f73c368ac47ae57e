import type { PersonMention } from '../recognize/person-recognizer';
import type { ResolvedOffice } from './office-bodies';

/** How far back a bare deputy's office looks for the body of its kind ("... Chủ tịch Hội Nông dân xã; A và B đắc cử Phó Chủ tịch"). */
const DEPUTY_REACH = 300;
const officeKind = (title: string) => title.replace(/^Phó /u, '').replace(/ Thường trực$/u, '');

/**
 * "Ông A tái đắc cử Chủ tịch Hội Nông dân xã Kim Sơn; bà B và ông C đắc cử
 * Phó Chủ tịch": an office written without a body, next to one of its kind
 * with a body in the same paragraph (the nearest with a body before it, else
 * after it), is of that body; so is a Party office whose committee was only
 * guessed from the article's unit.
 */
export function bodiesOfBareDeputies(text: string, mentions: readonly PersonMention[], offices: Map<PersonMention, ResolvedOffice[]>): void {
  const all = mentions.flatMap((m) => offices.get(m)!.map((o, i) => ({ list: offices.get(m)!, i, o })));
  // Within reach (nearestWithBody) and the same paragraph.
  const near = (a: ResolvedOffice, b: ResolvedOffice) => !text.slice(Math.min(a.span.end, b.span.end), Math.max(a.span.start, b.span.start)).includes('\n');
  for (let k = 0; k < all.length; k++) {
    const { list, i, o } = all[k];
    // A body guessed from the article's unit gives way too: "Bí thư Đoàn xã X; đồng chí Y được bầu giữ chức Phó Bí thư".
    if (o.org && !o.guessed) continue;
    // The office of its kind before it, else ("X tái đắc cử Chủ tịch, Y được bầu Phó Chủ tịch Hội CCB huyện") the one after it.
    const kind = officeKind(o.title);
    const before = nearestWithBody(all, k, -1, near, kind);
    const after = nearestWithBody(all, k, 1, near, kind);
    // A guessed body gives way only to one written before it: the office told first is the one referred to.
    const source = before ?? (!o.guessed ? after : null);
    if (source) list[i] = { ...o, org: source.org, guessed: false };
  }
}

/**
 * The nearest office of `kind` with a body from `k` in direction `step`, within reach (offices are in text order);
 * offices of other kinds between are passed ("bà X, Kế toán trưởng Hợp tác xã, là Phó Bí thư").
 */
function nearestWithBody(
  all: ReadonlyArray<{ o: ResolvedOffice }>, k: number, step: 1 | -1, near: (a: ResolvedOffice, b: ResolvedOffice) => boolean, kind: string,
): ResolvedOffice | null {
  for (let j = k + step; j >= 0 && j < all.length; j += step) {
    if (Math.abs(all[j].o.span.start - all[k].o.span.start) >= DEPUTY_REACH) return null;
    if (all[j].o.org && !all[j].o.guessed && officeKind(all[j].o.title) === kind) return near(all[j].o, all[k].o) ? all[j].o : null;
  }
  return null;
}

