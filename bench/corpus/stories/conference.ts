import { addDays, TERM_STARTS, termLabel, termOf } from '../dates';
import { Rng } from '../prng';
import { documentOf, writeDocument } from '../documents';
import { CONFERENCE_KINDS } from '../lexicon';
import { writeDate, writeOrg, writePerson } from '../render';
import { holderWithOffices, local, settle, type StoryContext, superiorOf, unit, usable } from '../story-kit';

/** A commune's Party committee holds a conference, chaired by its secretary, with a guest from above. */
export function writeConference(ctx: StoryContext): void {
  settle(ctx, ctx.baseDate);
  const { pen, r } = ctx;
  const o = local(ctx);
  const u = unit(ctx);
  const kind = r.pick(CONFERENCE_KINDS);
  const when = writeDate(pen, ctx.date, ctx.published, true);
  const secretary = holderWithOffices(ctx, { org: o.party, title: 'Bí thư' });
  usable(ctx, secretary.person);
  ctx.title = `${o.party.full} tổ chức ${kind}`;

  ctx.paragraphs.push(`${when.text}, ${writeOrg(pen, o.party)} tổ chức ${kind}. ${writePerson(pen, secretary.person, secretary.offices, true)} chủ trì Hội nghị.`);
  const participants = [secretary.person.name];

  const sup = superiorOf(ctx);
  const guestOffice = r.pick(sup.posts);
  const guest = ctx.pop.holder(guestOffice, ctx.date);
  if (usable(ctx, guest) && guest.key !== secretary.person.key) {
    ctx.paragraphs.push(`Dự và chỉ đạo Hội nghị có ${writePerson(pen, guest, [guestOffice])}.`);
    participants.push(guest.name);
  }

  // the term's resolution, issued some weeks after the term began (the previous one early in a term)
  let term = termOf(ctx.date);
  let issued = addDays(TERM_STARTS[term], Rng.of(ctx.seed, `nq|${o.party.key}|${term}`).int(15, 90));
  if (issued > ctx.date && term > 0) issued = addDays(TERM_STARTS[--term], Rng.of(ctx.seed, `nq|${o.party.key}|${term}`).int(15, 90));
  const resolution = documentOf(ctx.seed, o.party, 'NQ', issued, `term-resolution|${term}`, 'nghị quyết chuyên đề');
  if (issued <= ctx.date) ctx.paragraphs.push(`Hội nghị đã đánh giá kết quả thực hiện ${writeDocument(pen, resolution)} về nhiệm vụ phát triển kinh tế - xã hội nhiệm kỳ ${termLabel(term)}; thảo luận, thống nhất phương hướng, nhiệm vụ trọng tâm thời gian tới.`);

  const chair = holderWithOffices(ctx, { org: o.committee, title: 'Chủ tịch' });
  if (chair.person.key !== secretary.person.key && usable(ctx, chair.person) && r.chance(0.6)) {
    ctx.paragraphs.push(`Tại Hội nghị, ${writePerson(pen, chair.person, chair.offices)} đã báo cáo tình hình thực hiện nhiệm vụ phát triển kinh tế - xã hội, quốc phòng - an ninh của ${u}.`);
    participants.push(chair.person.name);
  }
  ctx.paragraphs.push(`Kết luận Hội nghị, đồng chí ${secretary.person.name} yêu cầu các chi bộ, các cơ quan, đoàn thể phát huy những kết quả đạt được, khắc phục hạn chế, quyết tâm hoàn thành thắng lợi nhiệm vụ năm.`);
  ctx.captions.push(`Đồng chí ${secretary.person.name} phát biểu tại Hội nghị.`);
  pen.truth.session({ date: when.gold, chair: secretary.person.name, participants, organizations: [o.party.full] });
}
