import { fillAntecedents } from './antecedent';
import { appointedAs, appointedOffices, bracketedOffices, dismissedFrom } from './appointed-offices';
import { deputyOfSitting } from './council-deputy';
import { parseOfficeChain, type RawOffice } from './office-chain';
import { isProvinceName, isSurname, readNameRun, skipSpaces, wordBefore, type NameRun } from './scan';
import { FLAG, wordsOf } from './word-flags';

/**
 * A person as the text names them, with the offices written beside the name;
 * `name` null for a role-only reference ("đồng chí Bí thư Huyện ủy"),
 * resolved later against the named persons.
 */
export interface PersonMention {
  name: string | null;
  offices: RawOffice[];
  start: number; // the honorific or name
  end: number; // the end of the last office
  nameStart: number;
  nameEnd: number;
}

const HONORIFIC = /(?:[Cc]ác[ ]+)?(?:[Đđ]ồng chí|[Đđ]\/[Cc]|[Ôô]ng|[Bb]à|[Đđ]ảng viên|[Gg]ià làng|[Cc]hị|[Aa]nh|[Cc]ụ|[Cc]háu|[Bb]ác|[Cc]ô|[Tt]hầy|[Cc]ử[ ]+tri|[Tt]hương[ ]+binh|[Đđ]ại[ ]+biểu|[Kk]ỹ[ ]+sư|[Bb]ác[ ]+sĩ|[Ll]uật[ ]+sư|[Tt]iến[ ]+sĩ|[Tt]hạc[ ]+sĩ|[Nn]ghệ[ ]+nhân|[Qq]uần[ ]+chúng|(?:Thiếu|Trung|Thượng|Đại)[ ]+(?:tướng|tá|úy|uý))(?!\p{Ll})[ ]*(?::[ ]*)?/uy;
/** Honorifics that are also common words ("cô giáo", "cử tri xã", "thương binh hạng 2/4", "đại biểu HĐND"): a family name must follow. */
const WEAK_HONORIFIC = /^(?:[Đđ]ảng viên|[Gg]ià làng|[Cc]hị|[Aa]nh|[Cc]ụ|[Cc]háu|[Bb]ác|[Cc]ô|[Tt]hầy|[Cc]ử[ ]+tri|[Tt]hương[ ]+binh|[Đđ]ại[ ]+biểu|[Kk]ỹ[ ]+sư|[Ll]uật[ ]+sư|[Tt]iến[ ]+sĩ|[Tt]hạc[ ]+sĩ|[Nn]ghệ[ ]+nhân|[Qq]uần[ ]+chúng)/u;
const LIST_OF_TITLE = /(?<![\p{L}\p{N}])các[ ]+(?=\p{Lu})/gu;
const LIST_SEPARATOR = /[ ]*(?:[;,]|và)[ ]*/y;

/**
 * Persons after an honorific ("đồng chí", "ông", "bà"), with the offices that
 * follow the name or precede it ("đồng chí Phó Chủ tịch HĐND huyện Nguyễn Thị
 * Phương"), the names listed after them ("các đồng chí: A - ...; B - ..."),
 * and names listed after a plural title ("các Phó Chủ tịch ...: A, B và C").
 */
export function recognizePersons(text: string): PersonMention[] {
  const found = new Map<number, PersonMention>();
  const { starts, flags } = wordsOf(text);
  for (let i = 0; i < starts.length; i++) {
    if (!(flags[i] & FLAG.HONORIFIC)) continue;
    HONORIFIC.lastIndex = starts[i];
    const m = HONORIFIC.exec(text);
    if (!m || insideName(text, m.index)) continue;
    const at = m.index + m[0].length;
    // "đảng viên", "già làng", "cử tri" name persons too, but also bodies, and "chị", "anh", "cô", "thầy" are common words:
    // a family name must open what follows.
    const weak = WEAK_HONORIFIC.test(m[0]);
    const name = readPersonName(text, at, weak);
    if (name) readNamedList(text, m.index, name, found);
    else if (!weak) readTitleFirst(text, m.index, at, found);
    if (name && DEPUTY_WORD.test(m[0])) addSittingDeputy(text, m.index, m.index + m[0].trimEnd().length, found.get(m.index));
  }
  for (const m of text.matchAll(LIST_OF_TITLE)) {
    if (found.has(m.index)) continue;
    readTitleFirst(text, m.index, m.index + m[0].length, found, true);
  }
  readBareNames(text, found);
  readTitledNames(text, found);
  const mentions = [...found.values()].sort((a, b) => a.start - b.start);
  fillAntecedents(text, mentions);
  return mentions;
}

/** "Rơ Ông K'Hoàng", "Rơ Ông Ha Biên": a capital "Ông" right after a family name is a syllable of the name. */
function insideName(text: string, at: number): boolean {
  return text[at] === 'Ô' && isSurname(wordBefore(text, at));
}

const DEPUTY_WORD = /^(?:[Cc]ác[ ]+)?[Đđ]ại[ ]+biểu/u;

/** "đại biểu X" with no office of their own: a deputy of the council whose sitting is told before (recognize/council-deputy). */
function addSittingDeputy(text: string, start: number, end: number, mention: PersonMention | undefined): void {
  if (!mention || mention.offices.length > 0) return;
  const office = deputyOfSitting(text, start, end);
  if (office) mention.offices = [office];
}

/** Middle names that make a run a person's though its family name is not in the lexicon ("chị Quỳnh Thị Lai", "Bling Văn Tươi"). */
const MIDDLE_NAMES = new Set(['Thị', 'Văn']);

/** One syllable of a K'Ho or Mạ name: "K'Điệp", "R'Châm". */
const APOSTROPHE_NAME = /^\p{Lu}'\p{Lu}\p{Ll}+$/u;

/** Words after which a capitalized run names a place or street, not a person. */
const PLACE_BEFORE = /(?:xã|phường|huyện|quận|tỉnh|thị trấn|thị xã|thành phố|thôn|bản|ấp|khóm|xóm|làng|đường|phố|trường|cầu|chợ|sông|núi|chùa|đền|khu|tại|ở|ủy|uỷ)[ ]+$/iu;

let COVERED = new Uint8Array(0);
/** Texts longer than this get a map of their own: a megabyte of text leaves no megabyte held. */
const POOLED_COVER = 1 << 16;

/**
 * A cleared map of which characters a mention covers, `length` long or more: one array shared by the passes
 * over names, each filling it anew (an array of its own per pass would take a backing store to make and free).
 */
function coveredMap(length: number): Uint8Array {
  if (length > POOLED_COVER) return new Uint8Array(length);
  if (COVERED.length < length) COVERED = new Uint8Array(Math.max(length, 8192));
  else COVERED.fill(0, 0, length);
  return COVERED;
}

/** "... có Hà Đình Hải, Phó Chủ tịch UBND tỉnh": a family-name-led name with offices, no honorific. */
function readBareNames(text: string, found: Map<number, PersonMention>): void {
  const covered = coveredMap(text.length + 1);
  const cover = (a: number, b: number) => covered.fill(1, a, b);
  for (const m of found.values()) cover(m.start, m.end);
  const { starts, flags } = wordsOf(text);
  for (let i = 0; i < starts.length; i++) {
    const pos = starts[i];
    if (covered[pos] || !(flags[i] & FLAG.SURNAME)) continue;
    const before = text.slice(Math.max(0, pos - 14), pos);
    if (/\p{Lu}\p{Ll}*[ ]+$/u.test(before) || PLACE_BEFORE.test(before)) continue;
    const name = readPersonName(text, pos, true);
    if (!name || isProvinceName(name.words.join(' '))) continue; // "Thái Nguyên", "Hà Nam" are places
    const mention = withOffices(text, pos, name);
    if (mention.offices.length === 0) continue;
    found.set(pos, mention);
    cover(mention.start, mention.end);
  }
}

const CHAIRS_NEXT = /^[ ]+(?:chủ[ ]+trì|chủ[ ]+tọa|chủ[ ]+toạ)(?![\p{L}])/u;
const CLAUSE_OPENS = /(?:^|[.;\n])[ ]*$/u;

/** "Phó Chủ tịch UBND tỉnh Trần Văn B phát biểu": offices, then a family-name-led name, no honorific. */
function readTitledNames(text: string, found: Map<number, PersonMention>): void {
  const covered = coveredMap(text.length + 1);
  for (const m of found.values()) covered.fill(1, m.start, m.end);
  const { starts, flags } = wordsOf(text);
  for (let i = 0; i < starts.length; i++) {
    const pos = starts[i];
    if (covered[pos] || !(flags[i] & FLAG.OFFICE)) continue;
    const chain = parseOfficeChain(text, pos, false);
    if (chain.offices.length === 0) continue;
    // "tân Chủ tịch Hội Lục Văn Páo chủ trì": a bare "Hội" (the article's association) between the office and the name.
    const bareHoi = BARE_ASSOCIATION.exec(text.slice(chain.end, chain.end + 6));
    const name = readPersonName(text, skipSpaces(text, chain.end + (bareHoi && !chain.offices[chain.offices.length - 1].org ? bareHoi[0].length : 0)), true);
    covered.fill(1, pos, chain.end);
    // "Chủ tịch UBMTTQ xã chủ trì hội nghị": an office opening its clause that chairs stands for its holder, named elsewhere.
    if (!name && CHAIRS_NEXT.test(text.slice(chain.end, chain.end + 16)) && CLAUSE_OPENS.test(text.slice(Math.max(0, pos - 3), pos))) {
      found.set(pos, { name: null, offices: chain.offices, start: pos, end: chain.end, nameStart: pos, nameEnd: pos });
      continue;
    }
    // "ảnh Chủ tịch Hồ Chí Minh": a province's name (the city's, after the leader) is no person.
    if (!name || name.start === chain.end || isProvinceName(name.words.join(' '))) continue;
    const mention = withOffices(text, pos, name);
    mention.offices = [...chain.offices, ...mention.offices];
    found.set(pos, mention);
    covered.fill(1, pos, mention.end);
  }
}

const BARE_ASSOCIATION = /^[ ]+Hội(?=[ ]+\p{Lu})/u;

/** A name, its offices, then more "; Name - offices" of the same list. */
function readNamedList(text: string, start: number, first: NameRun, found: Map<number, PersonMention>): void {
  let name: NameRun | null = first;
  let from = start;
  while (name) {
    const mention = sharedAppointment(text, from, name, found) ?? withOffices(text, from, name);
    if (!found.has(from)) found.set(from, mention);
    LIST_SEPARATOR.lastIndex = mention.end;
    const sep = LIST_SEPARATOR.exec(text);
    if (!sep) return;
    // A name of a family outside the lexicon ("Mang Thị Huê") stands in the list when offices follow it.
    const next = readPersonName(text, mention.end + sep[0].length, false);
    if (!next) return;
    const chain = parseOfficeChain(text, next.end, true);
    if (chain.offices.length === 0 && !isSurname(next.words[0])) return;
    name = next;
    from = next.start;
  }
}

/**
 * "các đồng chí A và B được bầu làm Phó Chủ tịch UBND huyện": names listed bare, the office the clause
 * gives after the last is each one's. Adds the mentions before the last and returns the last; null when
 * no bare name follows or the last has offices written beside it (those are its own).
 */
function sharedAppointment(text: string, start: number, first: NameRun, found: Map<number, PersonMention>): PersonMention | null {
  const listed: Array<{ from: number; name: NameRun }> = [{ from: start, name: first }];
  // A name right after the separator leaves no room for offices of the one before it.
  for (let last = first; ; ) {
    LIST_SEPARATOR.lastIndex = last.end;
    const sep = LIST_SEPARATOR.exec(text);
    const next = sep ? readPersonName(text, last.end + sep[0].length, true) : null;
    if (!next) break;
    listed.push({ from: next.start, name: next });
    last = next;
  }
  if (listed.length < 2) return null;
  const { from, name } = listed[listed.length - 1];
  if (parseOfficeChain(text, name.end, true).offices.length > 0 || bracketedOffices(text, name.end)) return null;
  const taken = appointedOffices(text, name.end, false);
  if (!taken) return null;
  for (const l of listed.slice(0, -1)) {
    if (!found.has(l.from)) found.set(l.from, { name: l.name.words.join(' '), offices: taken.offices, start: l.from, end: l.name.end, nameStart: l.name.start, nameEnd: l.name.end });
  }
  return { name: name.words.join(' '), offices: taken.offices, start: from, end: taken.end, nameStart: name.start, nameEnd: name.end };
}

/** "đồng chí Bí thư Huyện ủy [Name]" or "các Phó Chủ tịch X: A, B". */
function readTitleFirst(text: string, start: number, at: number, found: Map<number, PersonMention>, listOnly = false): void {
  const chain = parseOfficeChain(text, at, false);
  if (chain.offices.length === 0) return;
  let p = skipSpaces(text, chain.end);
  const listed = text[p] === ':';
  if (listed) p = skipSpaces(text, p + 1);
  const name = readPersonName(text, p, !listed);
  if (name && (listed || !listOnly)) {
    const names: NameRun[] = [name];
    for (let q = name.end; listed; ) {
      LIST_SEPARATOR.lastIndex = q;
      const sep = LIST_SEPARATOR.exec(text);
      const next = sep ? readPersonName(text, q + sep[0].length, false) : null;
      // "các PCT HĐND tỉnh: A, B; C, Phó Trưởng đoàn ...": a name with offices of its own starts the next item.
      if (!next || (sep![0].includes(';') && parseOfficeChain(text, next.end, true).offices.length > 0)) break;
      names.push(next);
      q = next.end;
    }
    for (const n of names) {
      found.set(n === name ? start : n.start, {
        name: n.words.join(' '), offices: chain.offices, start: n === name ? start : n.start, end: n.end, nameStart: n.start, nameEnd: n.end,
      });
    }
    return;
  }
  if (listOnly) return;
  found.set(start, { name: null, offices: chain.offices, start, end: chain.end, nameStart: at, nameEnd: at });
}

function withOffices(text: string, start: number, name: NameRun): PersonMention {
  let chain = parseOfficeChain(text, name.end, true);
  // "ông Lê Văn A (Trưởng Ban ...)", "đồng chí B, Bí thư Huyện ủy (Tỉnh ủy viên)": offices in brackets, alone or after the chain.
  const bracketed = bracketedOffices(text, chain.offices.length ? chain.end : name.end);
  if (bracketed) chain = { offices: [...chain.offices, ...bracketed.offices], end: bracketed.end };
  // "X, Chủ tịch UBND xã được bầu làm Phó Bí thư": offices taken in the clause add to those written beside the name.
  const later = appointedOffices(text, chain.end, chain.offices.length > 0) ?? appointedAs(text, start, chain.end);
  if (later) chain = { offices: [...chain.offices, ...later.offices], end: later.end };
  // "miễn nhiệm chức danh Phó Chủ tịch UBND xã đối với ông X": an office written before the name.
  const held = dismissedFrom(text, start);
  if (held.length) chain = { offices: [...held, ...chain.offices], end: chain.end };
  return {
    name: name.words.join(' '), offices: chain.offices, start, end: Math.max(chain.end, name.end), nameStart: name.start, nameEnd: name.end,
  };
}

/**
 * Two to five capitalized syllables; in a bare list the first must be a family name. After an
 * honorific a name of one syllable stands when it is written with an apostrophe ("đồng chí K'Điệp").
 */
function readPersonName(text: string, pos: number, needSurname: boolean): NameRun | null {
  const run = readNameRun(text, pos, 5);
  if (run && run.words.length === 1 && !needSurname && APOSTROPHE_NAME.test(run.words[0])) return run;
  if (!run || run.words.length < 2) return null;
  if (needSurname && !isSurname(run.words[0]) && !(run.words.length >= 3 && MIDDLE_NAMES.has(run.words[1])) && !HIGHLAND_FIRST.test(run.words[0])) return null;
  return run;
}

/**
 * Ê Đê, Gia Rai and Ba Na names open with a word that marks a man or a woman, the family name last: "Y Wem Knul",
 * "H'Nhi Ayŭn", "A Dũng"; a parent's name by the eldest child: "Ama Kim".
 */
const HIGHLAND_FIRST = /^(?:Y|A|Ama|Amí|H'\p{Lu}\p{Ll}*)$/u;
