import { PLAN_TOPICS } from '../lexicon';
import { writeDate, writeOrg, writePerson } from '../render';
import { holderWithOffices, joinList, local, settle, type StoryContext, superiorOf, unit, usable } from '../story-kit';

/** A delegation of the district (or, after July 2025, the province) works with a commune's Party committee. */
export function writeWorkingSession(ctx: StoryContext): void {
  settle(ctx, ctx.baseDate);
  const { pen, r } = ctx;
  const sup = superiorOf(ctx);
  const o = local(ctx);
  const u = unit(ctx);
  const leadOffice = r.pick(sup.posts);
  const leader = ctx.pop.holder(leadOffice, ctx.date);
  usable(ctx, leader);
  const topic = r.pick(PLAN_TOPICS);
  const when = writeDate(pen, ctx.date, ctx.published, true);
  const participants = [leader.name];

  ctx.title = r.pick([
    `Đoàn công tác ${sup.unit} làm việc với Đảng ủy ${u}`,
    `Làm việc với Đảng ủy ${u} về ${topic}`,
    `Lãnh đạo ${sup.unit} kiểm tra tình hình thực hiện nhiệm vụ tại ${u}`,
  ]);
  const host = sup.standing;
  ctx.paragraphs.push(
    r.chance(0.5)
      ? `${when.text}, đoàn công tác của ${writeOrg(pen, host)} do ${writePerson(pen, leader, [leadOffice])} làm Trưởng đoàn đã có buổi làm việc với ${writeOrg(pen, o.party)} về ${topic}.`
      : `${when.text}, ${writePerson(pen, leader, [leadOffice])} đã chủ trì buổi làm việc giữa đoàn công tác của ${writeOrg(pen, host)} với ${writeOrg(pen, o.party)} về ${topic}.`,
  );

  const members = r.sample(sup.posts.filter((p) => p !== leadOffice), r.int(1, 2))
    .map((office) => ({ person: ctx.pop.holder(office, ctx.date), office }))
    .filter((m) => m.person.key !== leader.key && usable(ctx, m.person));
  if (members.length) {
    ctx.paragraphs.push(`Cùng đi với đoàn có ${joinList(members.map((m) => writePerson(pen, m.person, [m.office])))}.`);
    participants.push(...members.map((m) => m.person.name));
  }

  const secretary = holderWithOffices(ctx, { org: o.party, title: 'Bí thư' });
  const chair = holderWithOffices(ctx, { org: o.committee, title: 'Chủ tịch' });
  const hosts = [secretary, chair].filter((h, i, all) => all.findIndex((x) => x.person.key === h.person.key) === i && usable(ctx, h.person));
  ctx.paragraphs.push(`Tiếp và làm việc với đoàn có ${joinList(hosts.map((h) => writePerson(pen, h.person, h.offices)))} cùng các đồng chí trong Ban Thường vụ Đảng ủy.`);
  participants.push(...hosts.map((h) => h.person.name));

  const reporter = hosts[hosts.length - 1].person;
  ctx.paragraphs.push(`Báo cáo tại buổi làm việc, đồng chí ${reporter.name} cho biết, thời gian qua địa phương đã bám sát chỉ đạo của cấp trên, triển khai đồng bộ các giải pháp và đạt được nhiều kết quả quan trọng; đồng thời kiến nghị cấp trên quan tâm hỗ trợ nguồn lực đầu tư hạ tầng.`);
  ctx.paragraphs.push(`Phát biểu kết luận, đồng chí ${leader.name} ghi nhận những kết quả mà ${u} đạt được, đề nghị cấp ủy, chính quyền tiếp tục khắc phục hạn chế, tập trung hoàn thành các chỉ tiêu đã đề ra.`);
  ctx.captions.push(`Đồng chí ${leader.name} phát biểu kết luận buổi làm việc.`, 'Quang cảnh buổi làm việc.');
  pen.truth.session({ date: when.gold, chair: leader.name, participants, organizations: [host.full, o.party.full] });
}
