import { addDays } from '../dates';
import { documentOf, writeDocument } from '../documents';
import { PLAN_TOPICS } from '../lexicon';
import { Rng } from '../prng';
import { writeDate, writeOrg, writePerson } from '../render';
import { holderWithOffices, local, settle, type StoryContext, superiorOf, usable } from '../story-kit';

/** The inspection commission of the level above checks how a commune's Party committee carries out a directive. */
export function writeInspection(ctx: StoryContext): void {
  settle(ctx, ctx.baseDate);
  const { pen, r } = ctx;
  const sup = superiorOf(ctx);
  const o = local(ctx);
  const chiefOffice = r.chance(0.7) ? { org: sup.inspection, title: 'Chủ nhiệm' } : { org: sup.inspection, title: 'Phó Chủ nhiệm' };
  const chief = ctx.pop.holder(chiefOffice, ctx.date);
  usable(ctx, chief);
  const topic = r.pick(PLAN_TOPICS);
  const year = Number(ctx.date.slice(0, 4));
  const directive = documentOf(ctx.seed, sup.party, 'CT', addDays(`${year - 1}-01-01`, directiveDay(ctx, sup.party.key, year)), `directive|${year}`, topic);
  const order = documentOf(ctx.seed, sup.inspection, 'QĐ', addDays(ctx.date, -r.int(7, 30)), `inspection|${o.party.key}|${ctx.date}`, 'kiểm tra');
  const when = writeDate(pen, ctx.date, ctx.published, true);
  const team = r.int(1, 9);
  ctx.title = `Kiểm tra việc thực hiện chỉ thị tại Đảng ủy ${o.party.suffix}`;

  ctx.paragraphs.push(`${when.text}, Đoàn kiểm tra số ${team} của ${writeOrg(pen, sup.inspection)} do ${writePerson(pen, chief, [chiefOffice])} làm Trưởng đoàn đã tiến hành kiểm tra việc thực hiện ${writeDocument(pen, directive)} về ${topic} tại ${writeOrg(pen, o.party)}.`);
  ctx.paragraphs.push(`Việc kiểm tra được tiến hành theo ${writeDocument(pen, order)}.`);
  const participants = [chief.name];
  const secretary = holderWithOffices(ctx, { org: o.party, title: 'Bí thư' });
  if (usable(ctx, secretary.person)) {
    ctx.paragraphs.push(`Làm việc với đoàn có ${writePerson(pen, secretary.person, secretary.offices)} cùng các đồng chí Ủy viên Ban Thường vụ Đảng ủy.`);
    participants.push(secretary.person.name);
  }
  ctx.paragraphs.push(`Qua kiểm tra, đoàn đánh giá cấp ủy đã quán triệt, triển khai nghiêm túc chỉ thị; tuy nhiên, việc sơ kết, rút kinh nghiệm ở một số chi bộ còn chậm, hồ sơ lưu trữ chưa đầy đủ.`);
  ctx.paragraphs.push(`Kết luận buổi kiểm tra, đồng chí ${chief.name} đề nghị Đảng ủy chỉ đạo khắc phục ngay những hạn chế đã được chỉ ra và báo cáo kết quả về ${writeOrg(pen, sup.inspection)}.`);
  pen.truth.session({ date: when.gold, chair: chief.name, participants, organizations: [sup.inspection.full, o.party.full] });
}

/** A directive of the year before, issued on a day fixed per issuer and year. */
function directiveDay(ctx: StoryContext, key: string, year: number): number {
  return Rng.of(ctx.seed, `directive-day|${key}|${year}`).int(20, 330);
}
