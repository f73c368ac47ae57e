import type { GraphSource } from '../../src/export/graph-source';
import type { EdgeRecord, NodeRecord } from '../../src/store/records';

/** A small graph with the awkward characters real articles hold: quotes, ampersands, line breaks, emoji. */
export const NODES: NodeRecord[] = [
  { label: 'Person', id: 'per_01', name: 'Nguyễn Văn Bình' },
  { label: 'Organization', id: 'org_01', name: 'Đảng ủy xã Hòa An', kind: 'PARTY_COMMITTEE' },
  { label: 'AdminUnit', id: 'adm_01', name: 'xã Hòa An', level: 'COMMUNE' },
  { label: 'Position', id: 'pos_01', title: 'Bí thư Đảng ủy' },
  {
    label: 'LegalDocument', id: 'doc_01', type: 'Quyết định', number: '112-QĐ/ĐU', kindCode: 'QĐ', issuerCode: 'ĐU',
    issuedOn: '2025-04', subject: 'về việc thành lập "Chi bộ thôn Đồng Tâm" & <ban> công tác',
  },
  { label: 'Session', id: 'ses_01', kind: 'CONFERENCE', title: 'Hội nghị sơ kết,\r\nquý I 🎉', date: '2025-03-12' },
  {
    label: 'Article', id: 'art_01', url: 'https://x.example/a?b=1&c=2', title: null, publishedAt: '2025-03-13',
    contentHash: 'ab'.repeat(32), ingestedAt: '2025-11-22T01:00:00.000Z',
  },
];

const source = (quote: string, start: number) => ({ articleId: 'art_01', quote, spanStart: start, spanEnd: start + quote.length });

export const EDGES: EdgeRecord[] = [
  { type: 'HOLDS', fromId: 'per_01', toId: 'pos_01', role: null, sources: [source('Đồng chí Nguyễn Văn Bình, Bí thư', 10)] },
  { type: 'IN_ORGANIZATION', fromId: 'pos_01', toId: 'org_01', role: null, sources: [source('Bí thư Đảng ủy xã', 30)] },
  {
    type: 'TOOK_PART', fromId: 'org_01', toId: 'ses_01', role: 'host',
    sources: [source('Đảng ủy xã "Hòa An" tổ chức\nhội nghị', 0), { ...source('x\u0001y', 90), articleId: 'art_02' }],
  },
  { type: 'SERVES', fromId: 'org_01', toId: 'adm_01', role: null, sources: [source('Đảng ủy xã Hòa An', 0)] },
];

export function arrayGraph(nodes: NodeRecord[] = NODES, edges: EdgeRecord[] = EDGES): GraphSource {
  return {
    nodes: async function* () {
      yield* nodes;
    },
    edges: async function* () {
      yield* edges;
    },
  };
}
