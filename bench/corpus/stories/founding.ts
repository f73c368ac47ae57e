import { addDays } from '../dates';
import { documentOf, writeDocument } from '../documents';
import { cellOrg } from '../orgs';
import { Rng } from '../prng';
import { writeDate, writeOrg, writePerson } from '../render';
import { holderWithOffices, local, settle, type StoryContext, superiorOf, usable } from '../story-kit';

/** The day a cell was founded: fixed per cell, so every article about it agrees. */
export function foundingDate(seed: number, cellKey: string): string {
  return addDays('2019-01-10', Rng.of(seed, `founded|${cellKey}`).int(0, 2500));
}

/** A commune's Party committee announces the decision founding a cell and appoints its secretary. */
export function writeFounding(ctx: StoryContext): void {
  const { pen, r } = ctx;
  const place = r.pick([...ctx.commune.agencies, ...ctx.commune.villages]);
  const cell = cellOrg(ctx.commune, place);
  const founded = foundingDate(ctx.seed, cell.key);
  settle(ctx, addDays(founded, r.int(1, 8)));
  const o = local(ctx);
  const decision = documentOf(ctx.seed, o.standing, 'QĐ', founded, `founding|${cell.key}`, `thành lập ${cell.full}`);
  const appointment = documentOf(ctx.seed, o.standing, 'QĐ', founded, `appointment|${cell.key}`, 'chỉ định Chi ủy');
  const when = writeDate(pen, ctx.date, ctx.published, true);
  const secretary = holderWithOffices(ctx, { org: o.party, title: 'Bí thư' });
  const cellSecretary = ctx.pop.holder({ org: cell, title: 'Bí thư' }, ctx.date);
  usable(ctx, secretary.person);
  ctx.title = r.pick([`Công bố quyết định thành lập Chi bộ ${place}`, `Ra mắt Chi bộ ${place}`]);

  ctx.paragraphs.push(`${when.text}, ${writeOrg(pen, o.party)} tổ chức Lễ công bố Quyết định thành lập ${writeOrg(pen, cell)}. ${writePerson(pen, secretary.person, secretary.offices, true)} dự và trao quyết định.`);
  const participants = [secretary.person.name];
  ctx.paragraphs.push(r.chance(0.5)
    ? `${cell.full} được thành lập theo ${writeDocument(pen, decision)}, gồm các đảng viên đang công tác và sinh hoạt tại ${place}.`
    : `Theo ${writeDocument(pen, decision)} về việc thành lập ${cell.full}, Chi bộ gồm các đảng viên đang công tác và sinh hoạt tại ${place}.`);
  pen.truth.founding({ organization: cell.full, document: decision.number });

  if (cellSecretary.key !== secretary.person.key && usable(ctx, cellSecretary)) {
    ctx.paragraphs.push(`Tại buổi lễ cũng công bố ${writeDocument(pen, appointment, { issuerOrg: null })} chỉ định Chi ủy lâm thời, trong đó đồng chí ${cellSecretary.name} được chỉ định giữ chức Bí thư Chi bộ.`);
    pen.truth.person(cellSecretary.name, [{ title: 'Bí thư', organization: cell.full }]);
    participants.push(cellSecretary.name);
  }
  const sup = superiorOf(ctx);
  if (r.chance(0.35)) {
    const guestOffice = r.pick(sup.posts);
    const guest = ctx.pop.holder(guestOffice, ctx.date);
    if (!participants.includes(guest.name) && usable(ctx, guest)) {
      ctx.paragraphs.push(`Dự buổi lễ có ${writePerson(pen, guest, [guestOffice])}.`);
      participants.push(guest.name);
    }
  }
  ctx.paragraphs.push(`Phát biểu giao nhiệm vụ, đồng chí ${secretary.person.name} đề nghị Chi bộ sớm ổn định tổ chức, xây dựng quy chế làm việc và chương trình công tác toàn khóa.`);
  ctx.captions.push(`Đồng chí ${secretary.person.name} trao quyết định thành lập Chi bộ.`);
  pen.truth.session({ date: when.gold, chair: null, participants, organizations: [o.party.full, cell.full] });
}
