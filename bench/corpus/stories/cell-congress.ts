import { addDays, TERM_STARTS, termLabel } from '../dates';
import { cellOrg } from '../orgs';
import { writeDate, writeOrg, writePerson } from '../render';
import { holderWithOffices, local, settle, type StoryContext, unit, usable } from '../story-kit';

/**
 * A village cell holds its congress in the spring before a new term (2020 or
 * 2025): the outgoing secretary presides, a commune leader attends, and the
 * incoming secretary is elected; the commune's own congress is only planned.
 */
export function writeCellCongress(ctx: StoryContext): void {
  const { pen, r } = ctx;
  const term = ctx.baseDate < '2022-07-01' ? 1 : 2; // the term the congress opens
  settle(ctx, addDays(TERM_STARTS[term], -r.int(20, 110)));
  const village = r.pick(ctx.commune.villages);
  const cell = cellOrg(ctx.commune, village);
  const o = local(ctx);
  const outgoing = ctx.pop.holder({ org: cell, title: 'Bí thư' }, ctx.date);
  const incoming = ctx.pop.holder({ org: cell, title: 'Bí thư' }, TERM_STARTS[term]);
  const guest = holderWithOffices(ctx, { org: o.party, title: r.chance(0.5) ? 'Phó Bí thư Thường trực' : 'Bí thư' });
  usable(ctx, outgoing);
  const when = writeDate(pen, ctx.date, ctx.published, true);
  const label = termLabel(term, r.pick([' - ', '-', ' – ']));
  ctx.title = `Đại hội Chi bộ ${village} nhiệm kỳ ${label}`;

  ctx.paragraphs.push(`${when.text}, ${writeOrg(pen, cell)} tổ chức Đại hội đại biểu nhiệm kỳ ${label}. Đồng chí ${outgoing.name}, Bí thư Chi bộ nhiệm kỳ ${termLabel(term - 1)} chủ trì Đại hội.`);
  pen.truth.person(outgoing.name, [{ title: 'Bí thư', organization: cell.full }]);
  const participants = [outgoing.name];
  if (guest.person.key !== outgoing.key && usable(ctx, guest.person)) {
    ctx.paragraphs.push(`Về dự Đại hội có ${writePerson(pen, guest.person, guest.offices)}.`);
    participants.push(guest.person.name);
  }
  ctx.paragraphs.push(`Nhiệm kỳ qua, Chi bộ đã lãnh đạo nhân dân ${village} thực hiện đạt và vượt nhiều chỉ tiêu; đường làng, ngõ xóm được mở rộng, nhiều hộ gia đình vươn lên thoát nghèo.`);
  if (incoming.key !== outgoing.key && usable(ctx, incoming)) {
    ctx.paragraphs.push(`Đại hội đã bầu Chi ủy khóa mới; đồng chí ${incoming.name} được tín nhiệm bầu giữ chức Bí thư Chi bộ nhiệm kỳ ${label}.`);
    pen.truth.person(incoming.name, [{ title: 'Bí thư', organization: cell.full }]);
    participants.push(incoming.name);
  }
  const planned = addDays(TERM_STARTS[term], -r.int(5, 18));
  if (planned > ctx.date) {
    ctx.paragraphs.push(`Theo kế hoạch, Đại hội Đảng bộ ${unit(ctx)} nhiệm kỳ ${label} dự kiến được tổ chức vào tháng ${Number(planned.slice(5, 7))}/${planned.slice(0, 4)}.`);
  }
  ctx.captions.push('Các đảng viên biểu quyết thông qua Nghị quyết Đại hội.');
  pen.truth.session({ date: when.gold, chair: outgoing.name, participants, organizations: [cell.full] });
}
