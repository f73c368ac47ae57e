import type { Page } from '../../src/store/records';
import { InvalidCursorError } from '../../src/store/store.port';
import { articleA, articleB, ids } from './fixtures';
import { saveBoth, type StoreRef } from './store.suite';

const idsOf = <T extends { id: string }>(page: Page<T>): string[] => page.items.map((i) => i.node.id);
const all = { first: 50 };

/** Lists: each filter, the order, and cursor paging. */
export function defineListTests(ref: StoreRef): void {
  beforeEach(() => saveBoth(ref.store));

  it('lists sessions newest first and filters them', async () => {
    const { store } = ref;
    expect(idsOf(await store.listSessions({}, all))).toEqual([ids.workingSession, ids.conference]);
    expect(idsOf(await store.listSessions({ from: '2025-06-10' }, all))).toEqual([ids.workingSession]);
    expect(idsOf(await store.listSessions({ to: '2025-05-31' }, all))).toEqual([ids.conference]);
    expect(idsOf(await store.listSessions({ from: '2025-05-08', to: '2025-05-08' }, all))).toEqual([ids.conference]);
    expect(idsOf(await store.listSessions({ kind: 'WORKING_SESSION' }, all))).toEqual([ids.workingSession]);
    expect(idsOf(await store.listSessions({ chairId: ids.dong }, all))).toEqual([ids.conference]);
    expect(idsOf(await store.listSessions({ participantId: ids.dong }, all))).toHaveLength(2);
    expect(idsOf(await store.listSessions({ participantId: ids.hoa }, all))).toEqual([ids.conference]);
    expect(idsOf(await store.listSessions({ organizationId: ids.front }, all))).toEqual([ids.workingSession]);
    expect(idsOf(await store.listSessions({ adminUnitId: ids.commune }, all))).toHaveLength(2);
    expect(idsOf(await store.listSessions({ adminUnitId: ids.province }, all))).toEqual([]);
    // a date range together with filters through relationships
    expect(idsOf(await store.listSessions({ from: '2025-05-01', to: '2025-05-31', chairId: ids.dong }, all))).toEqual([ids.conference]);
    expect(idsOf(await store.listSessions({ from: '2025-06-10', organizationId: ids.front, participantId: ids.dong }, all))).toEqual([ids.workingSession]);
    expect(idsOf(await store.listSessions({ kind: 'CONFERENCE', adminUnitId: ids.commune }, all))).toEqual([ids.conference]);
  });

  it('pages with cursors, totals and hasNextPage', async () => {
    const { store } = ref;
    const first = await store.listSessions({}, { first: 1 });
    expect(first).toMatchObject({ totalCount: 2, hasNextPage: true });
    expect(idsOf(first)).toEqual([ids.workingSession]);
    const second = await store.listSessions({}, { first: 1, after: first.items[0].cursor });
    expect(second).toMatchObject({ totalCount: 2, hasNextPage: false });
    expect(idsOf(second)).toEqual([ids.conference]);
    const people: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 5; i++) {
      const page: Page<{ id: string }> = await store.listPeople({}, { first: 2, after });
      people.push(...idsOf(page));
      if (!page.hasNextPage) break;
      after = page.items[page.items.length - 1].cursor;
    }
    expect(people).toEqual([ids.hoa, ids.minh, ids.dong]); // đỗ, nguyễn, trịnh: by folded name
    expect((await store.listPeople({}, { first: 0 })).totalCount).toBe(3);
    const uncounted = await store.listPeople({ search: 'do' }, { first: 1, withoutTotal: true });
    expect(uncounted).toMatchObject({ totalCount: -1, hasNextPage: true });
    expect(uncounted.items.map((i) => i.node.id)).toEqual([ids.hoa]);
    await expect(store.listPeople({}, { first: 1, after: 'not-a-cursor' })).rejects.toBeInstanceOf(InvalidCursorError);
  });

  it('filters people by name, organization, title and unit', async () => {
    const { store } = ref;
    expect(idsOf(await store.listPeople({ search: 'trinh tu' }, all))).toEqual([ids.dong]);
    expect(idsOf(await store.listPeople({ search: 'Đỗ thị' }, all))).toEqual([ids.hoa]);
    expect(idsOf(await store.listPeople({ search: 'do' }, all))).toEqual([ids.hoa, ids.dong]); // đỗ, and đông's prefix
    expect((await store.listPeople({ search: 'do' }, { first: 1 })).totalCount).toBe(2);
    expect(idsOf(await store.listPeople({ organizationId: ids.front }, all))).toEqual([ids.minh]);
    expect(idsOf(await store.listPeople({ title: 'bi thu' }, all))).toEqual([ids.dong]);
    expect(idsOf(await store.listPeople({ title: 'PHÓ BÍ THƯ THƯỜNG TRỰC' }, all))).toEqual([ids.hoa]);
    expect(idsOf(await store.listPeople({ adminUnitId: ids.commune }, all))).toEqual([ids.hoa, ids.minh, ids.dong]);
    expect(idsOf(await store.listPeople({ adminUnitId: ids.commune, title: 'chu tich' }, all))).toEqual([ids.minh]);
    // a name search together with a filter through the person's offices
    expect(idsOf(await store.listPeople({ search: 'do', organizationId: ids.partyCommittee }, all))).toEqual([ids.hoa, ids.dong]);
    expect(idsOf(await store.listPeople({ search: 'do', title: 'bi thu' }, all))).toEqual([ids.dong]);
    expect(idsOf(await store.listPeople({ search: 'nguyen', adminUnitId: ids.commune }, all))).toEqual([ids.minh]);
    expect(idsOf(await store.listPeople({ search: 'trinh', organizationId: ids.front }, all))).toEqual([]);
    const firstPage = await store.listPeople({ search: 'do', adminUnitId: ids.commune }, { first: 1 });
    expect(idsOf(await store.listPeople({ search: 'do', adminUnitId: ids.commune }, { first: 1, after: firstPage.items[0].cursor }))).toEqual([ids.dong]);
  });

  it('filters organizations and administrative units', async () => {
    const { store } = ref;
    expect(idsOf(await store.listOrganizations({ kind: 'FATHERLAND_FRONT' }, all))).toEqual([ids.front]);
    expect(idsOf(await store.listOrganizations({ adminUnitId: ids.commune }, all))).toHaveLength(3);
    expect(idsOf(await store.listOrganizations({ search: 'dang uy' }, all))).toEqual([ids.partyCommittee]);
    expect(idsOf(await store.listAdminUnits({ level: 'PROVINCE' }, all))).toEqual([ids.province]);
    expect(idsOf(await store.listAdminUnits({ parentId: ids.province }, all))).toEqual([ids.commune]);
    expect(idsOf(await store.listAdminUnits({ search: 'loc' }, all))).toEqual([ids.commune]);
  });

  it('filters documents by number whatever its spaces, dashes, case and Unicode form', async () => {
    const { store } = ref;
    for (const number of ['03-QĐ/ĐU', '03 – qđ/đu', ' 03‐QĐ / ĐU ', '03-QĐ/ĐU'.normalize('NFD')]) {
      expect(idsOf(await store.listDocuments({ number }, all))).toEqual([ids.decision]);
    }
    expect(idsOf(await store.listDocuments({ number: '05/KH—MTTQ-BTT' }, all))).toEqual([ids.plan]);
    expect(idsOf(await store.listDocuments({ number: '04-QĐ/ĐU' }, all))).toEqual([]);
    expect(idsOf(await store.listDocuments({ type: 'quyet dinh' }, all))).toEqual([ids.decision]);
    expect(idsOf(await store.listDocuments({ issuerId: ids.front }, all))).toEqual([ids.plan]);
    expect(idsOf(await store.listDocuments({ number: '05/KH-MTTQ-BTT', issuerId: ids.front }, all))).toEqual([ids.plan]);
    expect(idsOf(await store.listDocuments({ number: '05/KH-MTTQ-BTT', issuerId: ids.partyCommittee }, all))).toEqual([]);
    expect(idsOf(await store.listDocuments({ from: '2025-04-01', to: '2025-04-30' }, all))).toEqual([ids.decision]);
    expect(idsOf(await store.listDocuments({}, all))).toEqual([ids.decision, ids.plan]); // undated last
  });

  it('lists articles newest first and by title words', async () => {
    const { store } = ref;
    const [a, b] = [articleA().article.id, articleB().article.id];
    expect(idsOf(await store.listArticles({}, all))).toEqual([b, a]);
    expect(idsOf(await store.listArticles({ search: 'so ket' }, all))).toEqual([a]);
  });
}
