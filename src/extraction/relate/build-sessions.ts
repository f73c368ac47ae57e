import type { SessionFact } from '../../domain/facts';
import type { PartialDate } from '../../domain/partial-date';
import { toPartialDate } from '../recognize/date-recognizer';
import { isChairMention, leadsVisit } from '../recognize/session-chairs';
import type { SessionMention } from '../recognize/session-recognizer';
import { sentenceAt } from '../recognize/sentences';
import { completeOrg, type ResolvedOrg } from '../resolve/complete-org';
import type { MentionLink, ResolvedPerson } from '../resolve/resolve-persons';
import type { RelateInput } from './build-facts';
import { cachedId as stableId } from './cached-id';

const CO_CHAIRED = /^[ ,]*(?:cùng[ ]+)?đồng[ ]+chủ[ ]+trì/iu;
/**
 * "Tiếp đó, ngày 13/6, đoàn giám sát tiếp tục làm việc tại xã X", "chiều 20/10, Đoàn kiểm tra làm việc với
 * Ban Thường vụ Đảng ủy xã", "ngày 13/10, đoàn kiểm tra Đảng ủy thị trấn": the delegation of the story, named by "đoàn" alone or with its task (not "Đoàn
 * kiểm tra của ...", "Đoàn Thanh niên"), goes on with its work. ("Trước đó, ngày 16/6, Đoàn đã làm việc ..."
 * says no more than that it worked, before the session its head was named at: no chair is read from it.)
 */
const SAME_DELEGATION =
  /^[ ,]*[Đđ]oàn(?:[ ]+(?:công[ ]+tác|kiểm[ ]+tra|giám[ ]+sát|khảo[ ]+sát))?[ ]+(?:đã[ ]+|vừa[ ]+)?(?:tiếp[ ]+tục|(?:có[ ]+buổi[ ]+)?làm[ ]+việc|kiểm[ ]+tra|giám[ ]+sát|khảo[ ]+sát)(?![\p{L}])(?![ ]+(?:của|số)(?![\p{L}]))/u;
/** "Trước đó, ngày 16/6, Đoàn ...": a day told back from the session of the story, which its head may not have led. */
const TOLD_BACK = /trước[ ]+đó/iu;

/**
 * Sessions with their chair, participants and bodies. A session the story's
 * delegation goes on with ("ngày 13/6, đoàn tiếp tục làm việc tại ...", or a
 * later day of a stretch told before) is led by the chair of the one told before it; a day written without its year
 * in an article without a date of its own takes the year of the session told
 * before it.
 */
export function buildSessions(input: RelateInput, orgId: (o: ResolvedOrg) => string, personFact: (p: ResolvedPerson) => string): SessionFact[] {
  const { rec, ctx, span } = input;
  const used = new Set<string>();
  const out: SessionFact[] = [];
  let lastChair: string | null = null;
  let stretch: SessionMention['date'] | null = null;
  let stretchChair: string | null = null;
  for (const s of rec.sessions) {
    const inRegion = input.links.filter((l) => l.person && l.mention.start >= s.region.start && l.mention.start < s.region.end);
    const lead = chairOf(input, s, inRegion);
    const participants = [...new Set(inRegion.map((l) => personFact(l.person!)))];
    let chairId = lead ? personFact(lead.person!) : null;
    // A later day of a stretch is led by the stretch's own chair (a congress's official day by its presidium, who is
    // no one); a delegation going on, by the last one named.
    const inherited: string | null = withinStretch(stretch, s.date) && s.kind !== 'CONGRESS' ? stretchChair : SAME_DELEGATION.test(rec.body.slice(s.date.end, s.date.end + 50)) ? lastChair : null;
    if (!chairId && inherited && !TOLD_BACK.test(rec.body.slice(s.sentence.start, s.date.start))) {
      chairId = inherited;
      if (!participants.includes(chairId)) participants.unshift(chairId);
    }
    lastChair = chairId ?? lastChair;
    if (s.date.lastDay) {
      stretch = s.date;
      stretchChair = chairId;
    }
    const orgs = rec.orgs.filter((o) => o.start >= s.sentence.start && o.end <= s.sentence.end && !insidePerson(input, o.start));
    const organizationIds = [...new Set(orgs.map((o) => orgId(completeOrg(o, ctx))))];
    const date = dateOf(input, s, out);
    let key = `${date}|${s.kind}|${organizationIds[0] ?? `article:${input.articleId}`}`;
    while (used.has(key)) key += '+';
    used.add(key);
    const source = span(s.sentence);
    const title = source.text.length > 200 ? `${source.text.slice(0, 197)}...` : source.text;
    out.push({ id: stableId('Session', key), kind: s.kind, title, date, chairId, participantIds: participants, organizationIds, source });
  }
  return out;
}

/** "Trong hai ngày 6 và 7/12, đoàn ... tiếp xúc cử tri ... Sáng ngày 7/12, ...": a later day of the stretch told before. */
function withinStretch(stretch: SessionMention['date'] | null, date: SessionMention['date']): boolean {
  return stretch !== null && stretch.lastDay !== undefined && date.month === stretch.month && date.day > stretch.day && date.day <= stretch.lastDay;
}

/** The chair: a word of chairing beside a person, else the first person of the dated sentence who makes the visit. */
function chairOf(input: RelateInput, s: SessionMention, inRegion: readonly MentionLink[]): MentionLink | undefined {
  const { rec } = input;
  let chairLink = inRegion.find((l) => {
    const sentence = sentenceAt(rec.sentences, l.mention.start);
    return isChairMention(rec.body, sentence?.start ?? 0, l.mention.start, l.mention.end);
  });
  if (chairLink && CO_CHAIRED.test(rec.body.slice(chairLink.mention.end, chairLink.mention.end + 30))) {
    // "A ... và đồng chí B ... đồng chủ trì": the first named of the pair chairs.
    const sentence = sentenceAt(rec.sentences, chairLink.mention.start);
    chairLink = inRegion.find((l) => sentence && l.mention.start >= sentence.start && l.mention.start < chairLink!.mention.start) ?? chairLink;
  }
  if (chairLink && inPresidium(rec.body, rec.sentences, chairLink)) return undefined;
  if (chairLink) chairLink = firstOfSubjectList(rec.body, rec.sentences, inRegion, chairLink);
  const first = inRegion.find((l) => l.mention.start >= s.sentence.start && l.mention.start < s.sentence.end);
  return chairLink ?? (first && leadsVisit(rec.body, first.mention.end) ? first : undefined);
}

/** The session's date; without a year and a publication date, the year of the last session before it that has one. */
function dateOf(input: RelateInput, s: SessionMention, before: readonly SessionFact[]): PartialDate | null {
  const publishedAt = input.meta.publishedAt;
  if (s.date.year !== null || publishedAt) return toPartialDate(s.date, publishedAt);
  let year: string | undefined;
  for (let k = before.length - 1; k >= 0 && !year; k--) if (/^\d{4}/.test(before[k].date ?? '')) year = before[k].date!.slice(0, 4);
  return toPartialDate(year ? { ...s.date, year: Number(year) } : s.date, null);
}

/**
 * "Đoàn Chủ tịch gồm 3 đồng chí A, B và C điều hành Đại hội", "Đoàn Chủ tịch Đại hội gồm các đồng chí: A, ...; B, ...; C, ...
 * điều hành các phiên": the last of a listed presidium, who chairs no more than the others.
 */
const PRESIDIUM = /gồm[^.;]*,[^.;,]*[ ]và[ ]+(?:(?:đồng chí|ông|bà)[ ]+)?$|Đoàn[ ]+Chủ[ ]+tịch[^.]{0,30}?gồm[^.:]{0,30}:[^.]*;[^.;]*$/u;

function inPresidium(text: string, sentences: RelateInput['rec']['sentences'], link: MentionLink): boolean {
  const sentence = sentenceAt(sentences, link.mention.start);
  return sentence !== null && PRESIDIUM.test(text.slice(sentence.start, link.mention.start));
}

/** What may stand before the first of a clause's subjects: nothing, or an opening clause closed by a comma ("Sáng 14/3, "). */
const SUBJECT_OPENS = /^(?:[^,;]*,)?[ ]*$/u;
const LISTED_WITH = /[ ](?:và|cùng)[ ]/u;
const AGENT_BEFORE = /(?:^|[ ,(])do[ ]*$/u;

/**
 * "Đồng chí A, Bí thư Đảng ủy xã và đồng chí B, Phó Bí thư, Chủ tịch UBND xã điều hành hội nghị", "đồng chí A,
 * Chủ tịch HĐND tỉnh và các Phó Chủ tịch HĐND tỉnh: B, C chủ trì kỳ họp", "A, Bí thư Đảng ủy xã cùng đồng chí B, ... chủ
 * trì buổi lễ": the chair word closes a list of subjects joined by "và" or "cùng"; the first of them, the one who leads, chairs. ("Dự có A và B chủ trì": a list after
 * "có" is of guests, not subjects: kept as read.)
 */
function firstOfSubjectList(text: string, sentences: RelateInput['rec']['sentences'], inRegion: readonly MentionLink[], chair: MentionLink): MentionLink {
  const sentence = sentenceAt(sentences, chair.mention.start);
  // "..., Đại hội do ông X, Chủ tịch Hội ... chủ trì": the agent of the chairing, named after those present.
  if (!sentence || AGENT_BEFORE.test(text.slice(Math.max(sentence.start, chair.mention.start - 6), chair.mention.start))) return chair;
  const clauseStart = Math.max(sentence.start, text.lastIndexOf(';', chair.mention.start) + 1);
  const first = inRegion.find((l) => l.mention.start >= clauseStart && l.mention.start < chair.mention.start);
  if (!first || first.person === chair.person) return chair;
  if (!SUBJECT_OPENS.test(text.slice(clauseStart, first.mention.start))) return chair;
  return LISTED_WITH.test(text.slice(first.mention.end, chair.mention.start)) ? first : chair;
}

function insidePerson(input: RelateInput, pos: number): boolean {
  return input.rec.persons.some((m) => m.start <= pos && pos < m.end);
}
