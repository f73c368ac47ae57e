import { dateKeys } from '../../../src/store/cypher/fact-rows';
import { foldSearchText } from '../../../src/store/cypher/search-keys';
import { GraphModel } from '../../../src/store/read-model/graph-model';
import { runList } from '../../../src/store/read-model/list-runner';
import { listPeopleQuery, listSessionsQuery } from '../../../src/store/read-model/model-lists';
import { entryOf } from '../../../src/store/read-model/node-table';

/** A model of sessions with full, partial and no dates, and people with common and rare names. */
function model(): GraphModel {
  const m = new GraphModel();
  const sessions: Array<[string, string | null]> = [
    ['ses_day', '2024-03-10'], ['ses_feb', '2024-02-28'], ['ses_month', '2024-03'], ['ses_year', '2024'],
    ['ses_old_year', '2023'], ['ses_undated', null], ['ses_april', '2024-04-02'], ['ses_no_year', '--03-05'],
  ];
  for (const [id, date] of sessions) {
    m.addNode(entryOf('Session', { id, kind: 'CONFERENCE', title: `hội nghị ${id}`, date, ...dateKeys(date), searchText: foldSearchText(`hội nghị ${id}`) }));
  }
  for (const [id, name] of [['per_1', 'Nguyễn Văn An'], ['per_2', 'Nguyễn Văn Bình'], ['per_3', 'Trần Thị An'], ['per_4', 'Nguyễn Thị Cúc']]) {
    m.addNode(entryOf('Person', { id, name, searchText: foldSearchText(name) }));
  }
  return m;
}

const ids = (page: { items: Array<{ node: { id: string } }> }) => page.items.map((i) => i.node.id);

describe('runList over the read model', () => {
  const m = model();

  it('keeps the sessions whose date span overlaps a range, partial dates begun before it included, newest first', () => {
    const march = runList(m, listSessionsQuery(m, { from: '2024-03-01', to: '2024-03-31' }), { first: 10 });
    expect(ids(march)).toEqual(['ses_day', 'ses_month', 'ses_year']);
    expect(march.totalCount).toBe(3);
    expect(ids(runList(m, listSessionsQuery(m, { from: '2024-03-10', to: '2024-03-10' }), { first: 10 }))).toEqual(['ses_day', 'ses_month', 'ses_year']);
    expect(ids(runList(m, listSessionsQuery(m, { from: '2024-02-28' }), { first: 10 }))).toEqual(['ses_april', 'ses_day', 'ses_month', 'ses_feb', 'ses_year']);
    const before2024 = runList(m, listSessionsQuery(m, { to: '2023-12-31' }), { first: 10 });
    expect(ids(before2024)).toEqual(['ses_old_year']);
    expect(before2024.totalCount).toBe(1); // the undated and yearless are no part of any range
    expect(runList(m, listSessionsQuery(m, { from: '2024-02-28' }), { first: 1 }).totalCount).toBe(5);
    expect(runList(m, listSessionsQuery(m, {}), { first: 10 }).totalCount).toBe(8); // undated and yearless last, not dropped
  });

  it('pages a range with cursors, the total unchanged by the cursor', () => {
    const first = runList(m, listSessionsQuery(m, { from: '2024-01-01', to: '2024-12-31' }), { first: 2 });
    expect(ids(first)).toEqual(['ses_april', 'ses_day']);
    expect(first).toMatchObject({ totalCount: 5, hasNextPage: true });
    const rest = runList(m, listSessionsQuery(m, { from: '2024-01-01', to: '2024-12-31' }), { first: 10, after: first.items[1].cursor });
    expect(ids(rest)).toEqual(['ses_month', 'ses_feb', 'ses_year']);
    expect(rest).toMatchObject({ totalCount: 5, hasNextPage: false });
  });

  it('finds people by every typed word, common words intersected, and counts the whole label when nothing filters', () => {
    expect(ids(runList(m, listPeopleQuery(m, { search: 'nguyen an' }), { first: 10 }))).toEqual(['per_1']);
    expect(ids(runList(m, listPeopleQuery(m, { search: 'thi' }), { first: 10 }))).toEqual(['per_4', 'per_3']);
    expect(runList(m, listPeopleQuery(m, {}), { first: 1 })).toMatchObject({ totalCount: 4, hasNextPage: true });
    expect(runList(m, listPeopleQuery(m, {}), { first: 1, withoutTotal: true }).totalCount).toBe(-1);
  });
});
