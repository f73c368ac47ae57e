import { addDays } from '../dates';
import { documentOf } from '../documents';
import { PLAN_TOPICS } from '../lexicon';
import { writeDate, writeNumber, writePerson } from '../render';
import { local, settle, type StoryContext, unit, usable } from '../story-kit';

/**
 * A commune's People's Committee or Fatherland Front issues a plan. No event
 * took place: the plan's activities are only scheduled, so the gold has no
 * session, only the document and the person who signed it.
 */
export function writePlan(ctx: StoryContext): void {
  settle(ctx, ctx.baseDate);
  const { pen, r } = ctx;
  const o = local(ctx);
  const u = unit(ctx);
  const front = r.chance(0.35);
  const issuer = front ? o.frontBoard : o.committee;
  const topic = r.pick(PLAN_TOPICS);
  const plan = documentOf(ctx.seed, issuer, 'KH', ctx.date, `plan|${ctx.date}|${topic}`, topic);
  const when = writeDate(pen, ctx.date, ctx.published, false);
  ctx.title = `${u[0].toUpperCase()}${u.slice(1)} triển khai kế hoạch ${topic}`;

  ctx.paragraphs.push(`Nhằm cụ thể hóa chủ trương của cấp trên, ${issuer.full} vừa ban hành Kế hoạch số ${writeNumber(pen, plan.number)} về ${topic}.`);
  const signerOffice = front ? { org: o.front, title: 'Phó Chủ tịch' } : { org: o.committee, title: 'Phó Chủ tịch', seat: r.int(0, 1) };
  const signer = ctx.pop.holder(signerOffice, ctx.date);
  const signed = usable(ctx, signer);
  if (signed) ctx.paragraphs.push(`Kế hoạch do ${writePerson(pen, signer, [signerOffice])} ký ban hành ${when.text}.`);
  // the text names the issuing body, and the date only through the signature
  pen.truth.document({ type: plan.type, number: plan.number, date: signed ? when.gold : null, issuer: issuer.full });
  ctx.paragraphs.push(`Theo kế hoạch, các thôn, tổ dân phố và các cơ quan, đơn vị trên địa bàn ${u} xây dựng nội dung cụ thể, phân công cán bộ phụ trách và báo cáo kết quả định kỳ.`);
  const later = addDays(ctx.date, r.int(10, 40));
  ctx.paragraphs.push(`Lễ phát động dự kiến được tổ chức vào ngày ${Number(later.slice(8))}/${Number(later.slice(5, 7))}/${later.slice(0, 4)} tại hội trường ${issuer === o.committee ? 'Ủy ban nhân dân' : 'Ủy ban Mặt trận Tổ quốc Việt Nam'} ${u}.`);
}
