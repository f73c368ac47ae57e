import { csvField, writeCsv } from '../../src/export/csv-writer';
import { csvRecords } from './csv-parse';
import { memorySink } from './memory-sink';
import { arrayGraph, EDGES, NODES } from './sample-graph';

async function exportSample(): Promise<{ nodes: string; edges: string }> {
  const nodes = memorySink();
  const edges = memorySink();
  await writeCsv(arrayGraph(), nodes, edges);
  return { nodes: nodes.text(), edges: edges.text() };
}

describe('CSV writer', () => {
  it('quotes only fields with commas, quotes or line breaks, doubling quotes', () => {
    expect(csvField('Hòa An')).toBe('Hòa An');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('nói "có"')).toBe('"nói ""có"""');
    expect(csvField('dòng\r\nhai')).toBe('"dòng\r\nhai"');
    expect(csvField(null)).toBe('');
    expect(csvField(2)).toBe('2');
  });

  it('writes nodes.csv with a header and one row per node that reads back intact', async () => {
    const { nodes } = await exportSample();
    expect(nodes.startsWith('id,label,nodeType,')).toBe(true);
    expect(nodes.endsWith('\r\n')).toBe(true);
    const rows = csvRecords(nodes);
    expect(rows.map((r) => r.id)).toEqual(NODES.map((n) => n.id));
    expect(rows[4]).toMatchObject({ nodeType: 'LegalDocument', number: '112-QĐ/ĐU', subject: 'về việc thành lập "Chi bộ thôn Đồng Tâm" & <ban> công tác' });
    expect(rows[5].title).toBe('Hội nghị sơ kết,\r\nquý I 🎉');
    expect(rows[6].title).toBe(''); // missing values are empty fields
  });

  it('writes edges.csv with source, target, type and sources as JSON', async () => {
    const { edges } = await exportSample();
    const rows = csvRecords(edges);
    expect(rows.map((r) => [r.source, r.target, r.type])).toEqual(EDGES.map((e) => [e.fromId, e.toId, e.type]));
    expect(rows[2]).toMatchObject({ role: 'host', weight: '2', articleId: 'art_01' });
    expect(JSON.parse(rows[2].sources)).toEqual(EDGES[2].sources);
  });
});
