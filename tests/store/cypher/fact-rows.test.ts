import { dateKeys, edgeBatches, nodeBatches } from '../../../src/store/cypher/fact-rows';
import { articleA, ids, TEXT_A } from '../fixtures';

/** Facts turned into the rows the write statements take, without a database. */
describe('fact rows', () => {
  it('gives dated nodes sortable bounds, and a yearless date none', () => {
    expect(dateKeys('2025-05')).toEqual({ dateFrom: '2025-05-01', dateTo: '2025-05-31' });
    expect(dateKeys('2025')).toEqual({ dateFrom: '2025-01-01', dateTo: '2025-12-31' });
    expect(dateKeys('--05-08')).toEqual({ dateFrom: '', dateTo: '' });
    expect(dateKeys(null)).toEqual({ dateFrom: '', dateTo: '' });
  });

  it('keeps stored names as written and folds only the search copy', () => {
    const people = nodeBatches(articleA()).find((b) => b.label === 'Person')!;
    expect(people.rows[0]).toEqual({ id: ids.dong, name: 'Trịnh Tuấn Đông', searchText: 'trinh tuan dong' });
    const docs = nodeBatches(articleA()).find((b) => b.label === 'LegalDocument')!;
    expect(docs.rows[0]).toMatchObject({ number: '03-QĐ/ĐU', numberKey: '03-QĐ/ĐU', typeKey: 'quyet dinh', dateFrom: '2025-04-20' });
  });

  it('writes one node row per id even when the facts repeat one', () => {
    const f = articleA();
    f.persons.push({ ...f.persons[0] });
    expect(nodeBatches(f).find((b) => b.label === 'Person')!.rows).toHaveLength(2);
  });

  it('states every mention and relationship with its quote and span', () => {
    const batches = edgeBatches(articleA());
    const of = (type: string) => batches.filter((b) => b.type === type).flatMap((b) => b.rows);
    expect(of('STATES')).toHaveLength(2 + 3 + 2 + 2 + 1 + 1); // units, organization mentions, people, positions, session, document
    for (const r of of('STATES')) expect(TEXT_A.slice(r.spanStart, r.spanEnd)).toBe(r.quote);
    expect(of('TOOK_PART').map((r) => [r.from, r.role])).toEqual([[ids.partyCommittee, 'host'], [ids.peoplesCommittee, 'participant']]);
    expect(of('ATTENDED').map((r) => r.from)).toEqual([ids.dong, ids.hoa]);
    expect(of('WITHIN')).toEqual([expect.objectContaining({ from: ids.commune, to: ids.province })]);
    expect(batches.find((b) => b.type === 'CITES')).toMatchObject({ fromLabel: 'Session', toLabel: 'LegalDocument' });
  });
});
