import { sameClause } from './document-neighbors';
import type { DocumentMention } from './document-recognizer';
import { parseOrg, type OrgPhrase } from './org-phrase';
import { bodyBracketedAfter, bracketedListItem, bracketedSubject } from './founding-brackets';
import { countedPerPlace, perUnitListed, perVillage } from './founding-villages';
import { foundedCarrying, labelledFounding } from './founding-labelled';
import { lineItemFounding } from './founding-line-items';
import { namedAbove, shortPairLaunched } from './founding-named-above';
import { tableRowFounding } from './founding-table-rows';
import { FOUNDS_AFTER, countedAfter, ellipticalFounding, foundedRespectively, listedAfter, listedBefore, respectiveSubjects } from './founding-lists';
import { bareHeadAt, orgNamedAt, orgSpanning } from './org-stretch';
import { HEADS } from './org-matchers';
import type { UnitRef } from './unit-ref';
import { sentenceStartWithin, skipSpaces } from './scan';
import { ADMIN_LEVEL_WORDS, COMMITTEE_OF_LEVEL_WORD } from '../lexicon/admin-levels';

/** An organization and the document the text says established it. */
export interface FoundingMention {
  org: OrgPhrase;
  doc: DocumentMention;
  start: number;
  end: number;
}

/**
 * "X được thành lập theo Quyết định số", "X ra đời theo Quyết định số", "Câu lạc bộ ra mắt theo Quyết định số", "... bởi
 * Quyết định số", "Đội hình ra đời trên cơ sở Quyết định số",
 * "X được thành lập mới bằng Quyết định số", "X ra đời kể từ khi có Quyết định số", "Tổ ra đời từ Quyết định số", "X chính thức ra đời với
 * Nghị quyết số" (a body that came into being, or was
 * launched, by it), also with the agent, a day or a ground between
 * ("được Đảng ủy xã thành lập ngày 5/3/2024 theo", "được thành lập trên cơ sở hợp nhất A và B, theo", a ground past its own
 * commas: "trên cơ sở hợp nhất Hội CCB 3 xã thuộc huyện X, tỉnh Y (cũ), theo") and in
 * brackets after the body ("Chi bộ thôn A (thành lập theo Quyết định số ...)"). Lowercase: mid-clause words.
 * Each stretch is bounded and stops at a comma, so a failed match costs at most a few hundred steps.
 */
const FOUNDED_BY =
  /(?:(?:(?:đã|cũng)[ ]+)*được[ ]+(?:chính[ ]+thức[ ]+)?(?:\p{Lu}[^.;,:()\n]{1,80}?[ ]+)?thành[ ]+lập|\([ ]*thành[ ]+lập|(?:(?:đã|cũng|chính[ ]+thức)[ ]+)*ra[ ]+đời|(?:(?:đã|cũng|chính[ ]+thức)[ ]+)*ra[ ]+mắt(?![ ]+(?:trên|với)[ ]+cương[ ]+vị))(?:[ ]+(?:[^.;,:()\n]|\([^()\n]{1,40}\)){1,120}?,?|[ ]+trên[ ]+cơ[ ]+sở[ ](?:[^.;:()\n]|\([^()\n]{1,40}\)){1,160}?,)?(?:[ ]+(?:theo|tại|bằng|bởi|trên[ ]+cơ[ ]+sở|(?:kể[ ]+)?từ[ ]+khi[ ]+có|từ)[ ]+\S*(?:[ ]+\S+){0,3}|[ ]+với)[ ]*$/u;
/** "X sẽ được thành lập theo ...", "dự kiến ra mắt": a founding to come, not one told. */
const TO_COME = /(?:^|[ ,])(?:sẽ|sắp|dự[ ]+kiến|chuẩn[ ]+bị|đang[ ]+chuẩn[ ]+bị)[ ]*$/iu;
/** Documents that ask for, plan or guide foundings ("Tờ trình số ... đề nghị thành lập"), and do not found. */
const NOT_FOUNDING = new Set(['Tờ trình', 'Hướng dẫn', 'Kế hoạch', 'Đề án', 'Báo cáo', 'Chương trình', 'Dự thảo']);
/** "về việc đề nghị thành lập": a request, not the founding. */
const ASKED = /(?:đề[ ]+nghị|đề[ ]+xuất|xin|chủ[ ]+trương)[ ]+$/iu;
const FOUNDED = /(?:đã[ ]+)?được[ ]+thành[ ]+lập(?![\p{L}])/iu;
/** "thành lập (mới) X theo", "ra mắt X theo": the body before the founding document. */
const FOUNDS_BY = /(?:thành[ ]+lập(?:[ ]+(?:mới|thêm))?|ra[ ]+mắt)[ ]+(?!theo)([^.;\n]{2,120}?)[ ]*,?[ ]+theo[ ]*$/iu;
const CLAUSE_VERB = /(?:^|[ ])(?:được|đã|sẽ|phải|cần|là)(?![\p{L}])/u;
/** Where a sentence ends, for the stretch before "được thành lập". */
const SENTENCE_END = /[.;\n]/gu;
/** "Theo đó, X được thành lập": the sentence after the number tells the founding. */
const THEREBY = /^[ ]*\.[ ]*(?:Theo[ ]+đó|Theo[ ]+quyết[ ]+định(?:[ ]+này)?|Với[ ]+quyết[ ]+định(?:[ ]+này)?)(?![ ]*(?:số|\d))[ ]*(?:,[ ]*)?/iu;

/**
 * Foundings in five shapes: "X được thành lập theo Quyết định số N",
 * "(A) thành lập X theo Quyết định số N", "Theo Quyết định số N ..., X được
 * thành lập" (also in the next sentence: "Theo đó, X được thành lập"),
 * "Quyết định số N ... về việc thành lập X" and "ban hành Quyết định số N
 * ngày ... thành lập X". The body is the whole stretch the sentence gives
 * it, so names with lowercase words or a comma stay whole.
 */
export function recognizeFoundings(text: string, docs: readonly DocumentMention[]): FoundingMention[] {
  const out: FoundingMention[] = [];
  const respective = respectiveSubjects(text, docs);
  for (const doc of docs) {
    if (NOT_FOUNDING.has(doc.type)) continue;
    // "Quyết định số A và số B ..., lần lượt về việc thành lập X và Y": each number its own body, no list read on.
    const own = foundedRespectively(text, respective.get(doc));
    if (own) {
      out.push({ ...mentionOf(own, doc), org: toldInFull(text, own) });
      continue;
    }
    const org =
      orgBefore(text, doc) ?? foundedActively(text, doc) ?? orgAfter(text, doc) ?? orgInSubject(text, doc) ?? orgRightAfter(text, doc) ??
      orgBeforeBracket(text, doc) ?? toldBodyAfter(text, doc) ??
      bracketedSubject(text, doc) ?? ellipticalFounding(text, doc) ?? bracketedListItem(text, doc) ?? foundedSubject(text, doc) ??
      lineItemFounding(text, doc) ?? tableRowFounding(text, doc) ?? bodyBracketedAfter(text, doc) ?? foundedCarrying(text, doc) ??
      labelledFounding(text, doc);
    if (!org) {
      for (const listed of [...countedAfter(text, doc), ...namedAbove(text, doc), ...countedPerPlace(text, doc)]) out.push(mentionOf(listed, doc));
      continue;
    }
    const villages = perVillage(text, org);
    for (const v of villages) out.push(mentionOf(v, doc));
    if (villages.length) continue;
    const launched = shortPairLaunched(text, org);
    for (const body of launched) out.push({ ...mentionOf(org, doc), org: body });
    if (launched.length) continue;
    for (const prev of listedBefore(text, org)) out.push(mentionOf(prev, doc));
    out.push({ ...mentionOf(org, doc), org: toldInFull(text, org) });
    for (const next of [...perUnitListed(text, org), ...listedAfter(text, org)]) out.push(mentionOf(next, doc));
  }
  for (let i = 1; i < out.length; i++) out[i].org = ofSameCongress(text, out[i - 1], out[i]);
  for (let i = out.length - 1; i > 0; i--) out[i - 1].org = ofSameParent(text, out[i - 1], out[i]);
  for (const f of out) f.org = ofFounder(text, f.org, f.doc);
  out.forEach((f, i) => (f.org = ofHelped(text, f, out, i)));
  return out;
}

/** A founding of `org` by `doc`, its span from the first of the two to the end of the last. */
function mentionOf(org: OrgPhrase, doc: DocumentMention): FoundingMention {
  return { org, doc, start: Math.min(org.start, doc.start), end: Math.max(org.end, doc.end) };
}

/** "Tổ giúp việc": a working group's label. */
const WORKING_GROUP = 'giúp việc';
/** "Giúp việc cho Ban Chỉ đạo, Quyết định số N thành lập Tổ giúp việc": the body a working group helps. */
const HELPS = /[Gg]iúp[ ]+việc[ ]+cho[ ]+/gu;

/**
 * A working group named bare belongs to the body its sentence says it helps; that body, named short, is the one
 * founded before it whose name opens the same way ("Ban Chỉ đạo" -> "Ban Chỉ đạo phòng, chống dịch ...").
 */
function ofHelped(text: string, f: FoundingMention, all: readonly FoundingMention[], index: number): OrgPhrase {
  const org = f.org;
  if (org.label !== WORKING_GROUP || org.unit) return org;
  const start = Math.max(0, Math.max(text.lastIndexOf('.', org.start), text.lastIndexOf('\n', org.start)) + 1);
  let helped: OrgPhrase | null = null;
  for (const m of text.slice(start, org.start).matchAll(HELPS)) helped = parseOrg(text, start + m.index + m[0].length);
  if (!helped) return org;
  const short = text.slice(helped.start, helped.end);
  const told = all.slice(0, index).findLast((b) => text.startsWith(short, b.org.start) && b.org.end - b.org.start > short.length);
  return { ...org, inner: told ? told.org : helped };
}

/** "Tiểu ban Văn kiện |Đại hội đại biểu Đảng bộ huyện lần thứ XXVI": the congress a body founded for it serves. */
const CONGRESS = /(?:^|[ ])(Đại hội(?:[ ].*)?)$/u;

/**
 * "Quyết định số A về việc thành lập Tiểu ban Văn kiện Đại hội đại biểu Đảng bộ huyện lần thứ XXVI ...;
 * Quyết định số B về việc thành lập Tiểu ban Nhân sự ...; Quyết định số C ... Tiểu ban Phục vụ Đại hội": bodies
 * of one kind founded in one list serve the congress the first names; the later ones, named short, take it.
 * One named with a bare "Đại hội" takes it from a founding told before, in the same clause or not.
 */
function ofSameCongress(text: string, a: FoundingMention, b: FoundingMention): OrgPhrase {
  const org = b.org;
  const congress = a.org.label && a.org.head === org.head && !org.inner && !org.unit ? CONGRESS.exec(a.org.label)?.[1] : undefined;
  if (!congress || !org.label) return org;
  const own = CONGRESS.exec(org.label);
  if (own && own[1] !== 'Đại hội') return org; // its own congress, written out
  // "Tiểu ban Nhân sự Đại hội được thành lập theo ...", a sentence later: the bare "Đại hội" is the one named before.
  if (!own && !sameClause(text, a.doc, b.doc)) return org;
  const label = own ? org.label.slice(0, org.label.length - own[0].length) : org.label;
  return { ...org, label: `${label} ${congress}` };
}

/**
 * "Nghị quyết số 03/NQ-HĐND về việc thành lập Ban Kinh tế - Xã hội và Nghị quyết số 04/NQ-HĐND về việc thành
 * lập Ban Pháp chế của HĐND phường": boards founded in one clause, the last named with the body they belong
 * to, all belong to it; the earlier ones, named bare, take it.
 */
function ofSameParent(text: string, a: FoundingMention, b: FoundingMention): OrgPhrase {
  const org = a.org;
  const parent = b.org.inner;
  if (!parent || org.inner || org.unit || !org.label || org.head !== b.org.head || !sameClause(text, a.doc, b.doc)) return org;
  return { ...org, inner: parent };
}

/** "Chi bộ ... được thành lập theo Quyết định số": the organization closing the clause before. */
function orgBefore(text: string, doc: DocumentMention): OrgPhrase | null {
  const lead = text.slice(Math.max(0, doc.start - 200), doc.start);
  const m = FOUNDED_BY.exec(lead);
  if (!m) return null;
  const verbAt = doc.start - lead.length + m.index;
  if (TO_COME.test(text.slice(Math.max(0, verbAt - 20), verbAt))) return null;
  // "Đoàn được thành lập theo ...": the delegation the article named before.
  if (BARE_DELEGATION.test(text.slice(Math.max(0, verbAt - 12), verbAt))) return delegationBefore(text, verbAt);
  // "Chi bộ X – một trong 3 tổ chức đảng được thành lập": the subject ends where a dash opens a lowercase apposition.
  const near = text.slice(Math.max(0, verbAt - 100), verbAt);
  // "Ủy ban bầu cử huyện X có 15 thành viên, được thành lập": the subject ends before the count of its members.
  // "Chi bộ Hợp tác xã (trực thuộc Đảng bộ xã X) chính thức ra đời": the subject ends before an aside in brackets.
  const apposition = APPOSITION_BEFORE.exec(near) ?? MEMBERS_BEFORE.exec(near) ?? ASIDE_BEFORE.exec(near);
  const subjectEnd = apposition ? verbAt - near.length + apposition.index : verbAt;
  return subjectBefore(text, Math.max(0, subjectEnd - 200), subjectEnd) ?? bareHeadBefore(text, verbAt);
}
const APPOSITION_BEFORE = /[ ]+[–-][ ]+\p{Ll}[^–\-.;\n]{0,80}$/u;
const MEMBERS_BEFORE = /[ ]+(?:(?:hiện|nay|hiện[ ]+nay)[ ]+)?(?:có|gồm)[ ]+\d{1,4}[ ]+[\p{Ll} ]{1,40}?[ ]*,[ ]*$/u;
const ASIDE_BEFORE = /[ ]*\([ ]*(?:trực[ ]+thuộc|thuộc|gồm|có|\d{1,4}[ ]+\p{Ll})[^()\n]{1,80}\)[ ]*(?:,[ ]*)?$/u;

/** "Câu lạc bộ| ra mắt theo ...": a body named by its head word alone, as the subject of its sentence. */
function bareHeadBefore(text: string, verbAt: number): OrgPhrase | null {
  let end = verbAt;
  while (end > 0 && text[end - 1] === ' ') end--;
  const m = BARE_HEAD.exec(text.slice(Math.max(0, end - 40), end));
  if (!m) return null;
  const bare = bareHeadAt(text, end - m[1].length);
  return bare?.end === end ? bare : null;
}
const BARE_HEAD = /(?:^|[.;\n][ ]*|,[ ]+)(\p{Lu}[\p{L} ]{0,30})$/u;


/** "lễ ra mắt Câu lạc bộ Phụ nữ khởi nghiệp xã X", "thành lập Đội ...": where the article names a body it launches in full. */
const LAUNCHED = ['ra mắt ', 'thành lập '];

/**
 * "Lễ ra mắt Đội thanh niên tình nguyện hỗ trợ du lịch cộng đồng ... Đội thanh niên tình nguyện được thành lập
 * theo ...": a founded body named short (a head word with free words after it, no unit) is the one the article
 * launches in full, when that name opens with the short one.
 */
function toldInFull(text: string, org: OrgPhrase): OrgPhrase {
  if (org.unit || org.inner || !(org.head.placeOnly || org.head.open || isSteering(org))) return org;
  const short = text.slice(org.start, org.end);
  // Looked for near the founding (the lead and the paragraphs around it), a few times at most: bounded work per founding.
  const from = Math.max(0, org.start - TOLD_BEFORE);
  const window = text.slice(from, Math.min(text.length, org.end + TOLD_AFTER));
  let best = org;
  for (const verb of LAUNCHED) {
    const sought = verb + short;
    let tries = 0;
    for (let at = window.indexOf(sought); at >= 0 && tries < 4; at = window.indexOf(sought, at + 1), tries++) {
      const full = orgNamedAt(text, from + at + verb.length);
      if (full && full.end - full.start > best.end - best.start && text.startsWith(short, full.start)) best = full;
    }
  }
  return best === org && !org.label ? namedFirst(text, org, from) ?? org : best;
}

/**
 * "Hội đồng phối hợp ... phường X tổ chức phiên họp ... Hội đồng được thành lập theo ...": a head word alone is the body of
 * that head the article names first with its unit.
 */
function namedFirst(text: string, org: OrgPhrase, from: number): OrgPhrase | null {
  const head = text.slice(org.start, org.end) + ' ';
  let tries = 0;
  for (let at = text.indexOf(head, from); at >= 0 && at < org.start && tries < 4; at = text.indexOf(head, at + 1), tries++) {
    if (at > 0 && /[\p{L}\p{N}]/u.test(text[at - 1])) continue;
    const full = orgNamedAt(text, at);
    if (full && full.end <= org.start && full.unit?.name) return full;
  }
  return null;
}
const TOLD_BEFORE = 3000;
const TOLD_AFTER = 1000;

/** "Ban Chỉ đạo ...": a steering board, named for its task (a free stretch of words) like the bodies read in place. */
function isSteering(org: OrgPhrase): boolean {
  return org.head.name === 'Ban' && org.label !== null && org.label.startsWith('Chỉ đạo');
}

/**
 * "Đội ... được thành lập theo Quyết định số 86-QĐ/TĐTN ... của Ban Thường vụ Thị đoàn": a body named by its
 * free words alone, founded by a unit's body, is that unit's ("Đội ... thị xã Sa Pa").
 */
function ofFounder(text: string, org: OrgPhrase, doc: DocumentMention): OrgPhrase {
  // "Tổ giúp việc được thành lập theo Quyết định số 45/QĐ-BCĐ của Ban Chỉ đạo": a working group named bare helps the body that founded it.
  if (org.label === WORKING_GROUP && !org.unit && !org.inner && doc.issuer && !doc.issuer.head.committee) return { ...org, inner: doc.issuer };
  // "Thường trực HĐND huyện X thành lập Đoàn giám sát số 02": a delegation named without its sender, founded by the
  // body the sentence makes its subject, is that body's ("Đoàn giám sát được thành lập theo ..." may be another's, named before).
  if (org.head.delegation && !org.inner && doc.issuer && FOUNDS_IT.test(text.slice(doc.issuer.end, org.start))) {
    return { ...org, label: org.label ? `${org.label} của` : 'của', inner: doc.issuer };
  }
  if (org.unit || org.inner || !org.label || !doc.issuer || UNIT_WORD.test(org.label)) return org;
  // "Ban Kinh tế - Ngân sách", founded by a People's Council's resolution: a board of that council.
  if (org.head.name === 'Ban' && !isSteering(org) && doc.issuer.head.kind === 'PEOPLES_COUNCIL' && !doc.issuer.inner) return { ...org, inner: doc.issuer };
  if (!org.head.placeOnly && !(isSteering(org) && org.label !== 'Chỉ đạo')) return org;
  // A department founds its own units' parts ("Khoa ..." of a hospital, by the Sở Y tế): they take no unit of it.
  if (doc.issuer.head.name === 'Sở') return org;
  // "Hội đồng tư vấn về Kinh tế", founded by the Ban Thường trực of a Front committee: a council of that committee.
  const front = doc.issuer.inner;
  if (doc.issuer.head.name === 'Ban Thường trực' && front?.head.kind === 'FATHERLAND_FRONT' && !front.head.committee) return { ...org, inner: front };
  const unit = unitOf(doc.issuer);
  return unit ? { ...org, unit: unit.name ? unit : { ...unit, implied: true } } : org;
}

/** "<issuer> (đã) thành lập |<body>": the issuer is the subject of the founding verb right before the body. */
const FOUNDS_IT = /^[ ]+(?:(?:đã|vừa|cũng)[ ]+)?(?:quyết[ ]+định[ ]+)?thành[ ]+lập[ ]+$/u;

/** "Tiểu ban Văn kiện Đại hội đại biểu Đảng bộ huyện ...", "Tổ giúp việc Ban Thường vụ Huyện ủy ...": a name that speaks of a unit already. */
const UNIT_WORD = new RegExp(`(?:^|[ ])(?:tỉnh|thành phố|huyện|quận|thị xã|thị trấn|xã|phường|khu vực|${Object.values(COMMITTEE_OF_LEVEL_WORD).join('|')})(?![\\p{L}])`, 'u');

/**
 * The unit a body serves, as written: its own ("UBND xã X"), its level's ("Thị đoàn", the article's town), or its
 * parent body's. A bare level word ("UBND xã") is left out: the article may name no commune to complete it with.
 */
function unitOf(org: OrgPhrase): UnitRef | null {
  if (org.unit?.name) return org.unit;
  const level = org.head.committee ? ADMIN_LEVEL_WORDS.find((l) => l.word === org.head.committee) : undefined;
  if (level) return { word: level.word, level: level.level, name: null, start: org.end, end: org.end };
  if (org.unit) return org.unit;
  return org.inner ? unitOf(org.inner) : null;
}

const BARE_DELEGATION = /(?:^|[.;\n][ ]*)Đoàn[ ]*$/u;
const DELEGATION = /Đoàn[ ]+(?:kiểm[ ]+tra|giám[ ]+sát|khảo[ ]+sát|công[ ]+tác)/gu;

/** The last delegation named in full (with the body that sent it) before `pos`. */
function delegationBefore(text: string, pos: number): OrgPhrase | null {
  let found: OrgPhrase | null = null;
  for (const m of text.slice(0, pos).matchAll(DELEGATION)) {
    const org = parseOrg(text, m.index);
    if (org?.inner) found = org;
  }
  return found;
}

/** "Thành ủy thành lập Ban Chỉ đạo phòng, chống tham nhũng theo Quyết định số N". */
function foundedActively(text: string, doc: DocumentMention): OrgPhrase | null {
  const lead = text.slice(Math.max(0, doc.start - 160), doc.start);
  const m = FOUNDS_BY.exec(lead);
  // "Việc thành lập chi bộ được thực hiện theo Hướng dẫn số ...": a clause about the founding, not its body.
  if (!m || CLAUSE_VERB.test(m[1])) return null;
  const at = doc.start - lead.length + m.index + m[0].indexOf(m[1]);
  // "thành lập thêm Chi hội X, tách ra từ Chi hội Y, theo Quyết định số N": the body before an aside on where it came from.
  const aside = ASIDE_AFTER_BODY.exec(m[1]);
  return orgSpanning(text, at, at + (aside ? aside.index : m[1].length));
}
const ASIDE_AFTER_BODY = /,[ ]+(?:được[ ]+)?(?:tách|chia|hợp[ ]+nhất|sáp[ ]+nhập|trên[ ]+cơ[ ]+sở|gồm|có|với)(?![\p{L}])/u;

/** "Theo Quyết định số N ..., Chi bộ X được thành lập", in the same sentence or the next ("Theo đó, ..."). */
function orgAfter(text: string, doc: DocumentMention): OrgPhrase | null {
  let from = doc.end;
  let rest = text.slice(from, from + 200);
  let stop = rest.search(/[.;\n]/u);
  const next = stop >= 0 ? THEREBY.exec(rest.slice(stop)) : null;
  if (next && !FOUNDED.test(rest.slice(0, stop))) {
    from += stop + next[0].length;
    rest = text.slice(from, from + 200);
    stop = rest.search(/[.;\n]/u);
  }
  const clause = stop < 0 ? rest : rest.slice(0, stop);
  const m = FOUNDED.exec(clause);
  // "Thực hiện Thông tư số N của Bộ Y tế, X được thành lập theo Quyết định số M": the founding is M's, not N's.
  if (m && BY_ANOTHER.test(clause.slice(m.index + m[0].length))) return null;
  if (m) return subjectBefore(text, from, from + m.index);
  // "Căn cứ Quyết định số N ..., Chi hội X chính thức ra đời với 27 hội viên": launched by the decision the clause opens with.
  const launched = from === doc.end && OPENED_BY.test(text.slice(Math.max(0, doc.start - 10), doc.start)) ? LAUNCHED_AFTER.exec(clause) : null;
  if (launched) return subjectBefore(text, from, from + launched.index);
  // "Theo Quyết định số N ..., Ban Thường vụ Hội Nông dân huyện đã chính thức khai sinh Tổ X", "tại Quyết định số N, X quyết định thành lập Y".
  const active = BY_DOC.test(text.slice(Math.max(0, doc.start - 6), doc.start)) && from === doc.end ? FOUNDS_ACTIVELY.exec(clause) : null;
  return active ? orgNamedAt(text, from + active.index + active[0].length) : null;
}
const BY_ANOTHER = /^[ ]+(?:mới[ ]+)?(?:theo|tại|bằng|bởi)[ ]+(?:các[ ]+)?(?:Quyết[ ]+định|Nghị[ ]+quyết|QĐ|NQ)(?![\p{L}])/u;
const OPENED_BY = /(?:^|[ .,;:\n])(?:[Tt]heo|[Cc]ăn[ ]+cứ|[Tt]hực[ ]+hiện)[ ]+$/u;
const LAUNCHED_AFTER = /[ ](?:(?:đã|chính[ ]+thức)[ ]+)*(?:ra[ ]+đời|ra[ ]+mắt)(?![\p{L}])/u;
const FOUNDS_ACTIVELY = /[ ](?:đã[ ]+)?(?:chính[ ]+thức[ ]+)?(?:quyết[ ]+định[ ]+)?(?:thành[ ]+lập|khai[ ]+sinh)[ ]+(?=\p{Lu})/u;


/** "Theo |Quyết định số", "tại |Quyết định số": a clause that goes on to say what the decision made. */
const BY_DOC = /(?:Theo|tại)[ ]+$/iu;
/** ", Chi hội X có ...": the subject after the document's clause. */
const SUBJECT_AFTER = /,[ ]+(?=\p{Lu})/gu;

/**
 * "trao Quyết định thành lập Chi hội X ... Theo Quyết định số N ngày ... của ..., Chi hội X có 21 hội viên": the body whose
 * founding decision the article handed over unnumbered, named again as the subject of the numbered decision's sentence.
 */
function toldBodyAfter(text: string, doc: DocumentMention): OrgPhrase | null {
  if (!BY_DOC.test(text.slice(Math.max(0, doc.start - 6), doc.start))) return null;
  const rest = text.slice(doc.end, doc.end + 240);
  const stop = rest.search(/[.;\n]/u);
  for (const m of (stop < 0 ? rest : rest.slice(0, stop)).matchAll(SUBJECT_AFTER)) {
    const at = doc.end + m.index + m[0].length;
    const org = HEADS.matchAt(text, at) ? orgNamedAt(text, at) : null;
    if (!org || !(org.label || org.unit || org.inner)) continue;
    const from = Math.max(0, doc.start - 3000);
    return text.slice(from, doc.start).includes(`thành lập ${text.slice(org.start, org.end)}`) ? org : null;
  }
  return null;
}

/** "... về việc thành lập Chi bộ X"; "về việc thành lập Câu lạc bộ và ...": a head word alone is the body the article launched. */
function orgInSubject(text: string, doc: DocumentMention): OrgPhrase | null {
  if (!doc.subject) return null;
  const m = /(?:thành|tái) lập[ ]+/iu.exec(doc.subject);
  if (!m || ASKED.test(doc.subject.slice(0, m.index))) return null;
  const at = text.indexOf(doc.subject, doc.start) + m.index + m[0].length;
  return orgNamedAt(text, at) ?? launchedBareHead(text, at);
}

/** The body launched in full that a head word alone at `at` stands for ("Câu lạc bộ", "Tổ hội"), or null. */
function launchedBareHead(text: string, at: number): OrgPhrase | null {
  const bare = bareHeadAt(text, at);
  // "Câu lạc bộ Phụ nữ ...": a capital after the head word names the body; a lowercase word ("và", "chính thức") leaves it alone.
  if (!bare || /\p{Lu}/u.test(text[skipSpaces(text, bare.end)] ?? '')) return null;
  const full = toldInFull(text, bare);
  return full === bare ? null : full;
}

/** "Tổ hội ... sau khi X ban hành Quyết định số N về việc thành lập, gồm ...": the founding names no body; the sentence's subject, a head word alone, is it. */
const FOUNDS_NOTHING = /^[^.;\n]{0,60}?về[ ]+việc[ ]+thành[ ]+lập[ ]*(?=[,.;\n]|$)/u;

function foundedSubject(text: string, doc: DocumentMention): OrgPhrase | null {
  if (!FOUNDS_NOTHING.test(text.slice(doc.end, doc.end + 80))) return null;
  const opens = sentenceStartWithin(text, doc.start, 300);
  return opens < 0 ? null : launchedBareHead(text, skipSpaces(text, opens));
}

const BRACKET_BEFORE = /\([ ]*(?:theo[ ]+)?(?:\S+[ ]+){0,2}$/u;
const FOUNDING_WORD = /(?:^|[ ])thành[ ]+lập[ ]+(?=\p{Lu})/gu;

/**
 * "trao Quyết định thành lập Chi bộ thôn A (Quyết định số 12-QĐ/ĐU ngày ...)": the number in brackets right
 * after the body the clause founds.
 */
function orgBeforeBracket(text: string, doc: DocumentMention): OrgPhrase | null {
  const lead = text.slice(Math.max(0, doc.start - 200), doc.start);
  const b = BRACKET_BEFORE.exec(lead);
  if (!b) return null;
  const clause = lead.slice(0, b.index);
  const from = Math.max(clause.lastIndexOf('.'), clause.lastIndexOf(';'), clause.lastIndexOf('\n')) + 1;
  let at = -1;
  for (const m of clause.slice(from).matchAll(FOUNDING_WORD)) at = from + m.index + m[0].length;
  if (at < 0 || ASKED.test(clause.slice(0, at - 'thành lập '.length)) || TO_COME.test(clause.slice(0, at - 'thành lập '.length).trimEnd())) return null;
  const base = doc.start - lead.length;
  const org = orgNamedAt(text, base + at);
  return org && org.end === base + clause.trimEnd().length ? org : null;
}

/** "ban hành Quyết định số N ngày 3/10/2025 thành lập Chi bộ X": the founding follows the number directly. */
function orgRightAfter(text: string, doc: DocumentMention): OrgPhrase | null {
  // "Quyết định số 01/QĐ-CCB, ký ngay trong ngày 12/9, thành lập X": past an aside on its signing.
  const signed = SIGNED_ASIDE.exec(text.slice(doc.end, doc.end + 60));
  const from = doc.end + (signed ? signed[0].length : 0);
  FOUNDS_AFTER.lastIndex = from;
  const m = FOUNDS_AFTER.exec(text);
  if (m) return orgNamedAt(text, from + m[0].length);
  // "Quyết định số 112/QĐ-LĐLĐ công nhận đoàn viên, thành lập Nghiệp đoàn X", "... về việc kết thúc hoạt động của A, B;
  // thành lập Chi bộ C": a founding told after another act of the same decision, in its sentence.
  const later = LATER_FOUNDING.exec(text.slice(doc.end, doc.end + 300));
  if (later) return orgNamedAt(text, doc.end + later[0].length);
  // "Quyết định số 21/QĐ-HNCT hợp nhất Chi hội A và Chi hội B thành Chi hội C": the body a merger or split makes.
  const made = MERGED_INTO.exec(text.slice(doc.end, doc.end + 300));
  return made ? orgNamedAt(text, doc.end + made[0].length) : null;
}
const SIGNED_ASIDE = /^[ ]*,[ ]*(?:được[ ]+)?ký[ ]+(?:ngay[ ]+)?(?:trong[ ]+)?(?:cùng[ ]+)?ngày(?:[ ]+\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?)?(?=[ ]*,)/u;
const MERGED_INTO =
  /^[ ]+(?:về[ ]+việc[ ]+)?(?:hợp[ ]+nhất|sáp[ ]+nhập|chia[ ]+tách|tách|chia)[ ][^.;\n]{3,200}?[ ]thành[ ]+(?:(?:hai|ba|bốn|\d{1,2})[ ]+[\p{Ll} ]{2,20}?[ ]*(?::|là)[ ]*)?(?=\p{Lu})/u;
const LATER_FOUNDING = /^[ ]+(?:về[ ]+việc[ ]+)?(?:công[ ]+nhận|kết[ ]+thúc[ ]+hoạt[ ]+động|giải[ ]+thể|sáp[ ]+nhập|hợp[ ]+nhất)[^.\n]{1,240}?[,;][ ]*(?:và[ ]+)?thành[ ]+lập[ ]+(?=\p{Lu})/u;

/**
 * The subject that ends right before `verbAt` ("..., Tổ bảo vệ an ninh, trật
 * tự ở cơ sở khu phố A| được thành lập"): from the first clause start of the
 * sentence where a body's name opens and reaches the verb; a body read whole
 * is preferred to one whose name is taken as the stretch, and one read whole
 * from inside a clause comes last.
 */
function subjectBefore(text: string, from: number, verbAt: number): OrgPhrase | null {
  let start = from;
  for (const m of text.slice(from, verbAt).matchAll(SENTENCE_END)) start = from + m.index + 1;
  let end = verbAt;
  // "Ban A và Ban B, được thành lập": the comma before the verb closes the subject; "X - được Y thành lập theo ... -": a dash does.
  // "X (được thành lập theo ...)": a bracket before the verb does too.
  while (end > start && ' ,-–('.includes(text[end - 1])) end--;
  const starts: number[] = [];
  for (let p = start; p < end; p++) {
    if (!/\p{Lu}/u.test(text[p])) continue;
    // '"Chi bộ X được thành lập ...' opening a quote.
    const before = text.slice(start, p).trimEnd().replace(/["“]$/u, '').trimEnd();
    // "Ban A và |Ban B của HĐND xã được thành lập": the last of a list (the ones before it: listedBefore).
    if (before === '' || before.endsWith(',') || before.endsWith(' và')) starts.push(p);
  }
  for (const p of starts) {
    const org = parseOrg(text, p);
    if (org && org.end === end) return org;
  }
  for (const p of starts) {
    const org = orgSpanning(text, p, end);
    if (org) return org;
  }
  return wholeBodyEndingAt(text, start, end);
}

/**
 * "Báo cáo với đoàn, đồng chí X cho biết Đảng bộ xã Y| được thành lập": a body read whole after any word of
 * the clause; else one a sentence introduces with "có", "là", "như" ("Giúp việc cho Ban Chỉ đạo có Tổ giúp việc| được
 * thành lập", "nhất là Tổ liên gia tự quản số 4| được thành lập").
 */
function wholeBodyEndingAt(text: string, start: number, end: number): OrgPhrase | null {
  for (let p = start; p < end; p++) {
    if (!/\p{Lu}/u.test(text[p]) || (p > start && text[p - 1] !== ' ')) continue;
    const org = parseOrg(text, p);
    if (org && org.end === end) return org;
  }
  // The last word that introduces a body; a name holding commas is read whole when it closes with its unit.
  let introduced: RegExpExecArray | null = null;
  for (const m of text.slice(start, end).matchAll(INTRODUCED)) introduced = m;
  if (!introduced) return null;
  const at = start + introduced.index + introduced[0].length;
  return text.slice(at, end).includes(',') ? commaNameClosedByUnit(text, at, end) : orgSpanning(text, at, end);
}
/** "Ban Chỉ đạo phát triển khoa học, công nghệ ... đặc khu": a name with commas, taken only when it ends in a unit of its own. */
function commaNameClosedByUnit(text: string, at: number, end: number): OrgPhrase | null {
  const org = orgSpanning(text, at, end);
  return org?.unit ? org : null;
}
const INTRODUCED = /(?:^|[ ])(?:có|là|như|trong[ ]+đó(?:[ ]+có)?|ra[ ]+mắt|với|do)[ ]+(?=\p{Lu})/gu;
