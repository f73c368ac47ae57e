import { writeDate, writeOrg, writePerson } from '../render';
import { holderWithOffices, local, settle, type StoryContext, usable } from '../story-kit';

/** A mass organization of the commune (farmers, women, veterans) holds a conference chaired by its president. */
export function writeMassOrg(ctx: StoryContext): void {
  settle(ctx, ctx.baseDate);
  const { pen, r } = ctx;
  const o = local(ctx);
  const body = r.pick([o.farmers, o.women, o.veterans, o.front]);
  const president = ctx.pop.holder({ org: body, title: 'Chủ tịch' }, ctx.date);
  const event = r.pick(['Hội nghị tổng kết công tác Hội', 'Hội nghị sơ kết công tác Hội 6 tháng đầu năm', 'Hội nghị tập huấn nghiệp vụ cho chi hội trưởng']);
  const when = writeDate(pen, ctx.date, ctx.published, true);
  usable(ctx, president);
  ctx.title = `${body.full}: ${event}`;

  ctx.paragraphs.push(`${when.text}, ${writeOrg(pen, body)} tổ chức ${event}. ${writePerson(pen, president, [{ org: body, title: 'Chủ tịch' }], true)} chủ trì Hội nghị.`);
  const participants = [president.name];
  const guest = holderWithOffices(ctx, { org: o.party, title: r.chance(0.5) ? 'Phó Bí thư Thường trực' : 'Phó Bí thư', seat: 0 });
  if (guest.person.key !== president.key && usable(ctx, guest.person)) {
    ctx.paragraphs.push(`Tham dự Hội nghị có ${writePerson(pen, guest.person, guest.offices)}.`);
    participants.push(guest.person.name);
  }
  ctx.paragraphs.push(`Trong năm, các cấp hội đã phối hợp tổ chức nhiều lớp tập huấn, chuyển giao tiến bộ khoa học kỹ thuật; vận động hội viên giúp nhau phát triển kinh tế, xây dựng gia đình no ấm.`);
  ctx.captions.push('Quang cảnh Hội nghị.');
  pen.truth.session({ date: when.gold, chair: president.name, participants, organizations: [body.full] });
}
