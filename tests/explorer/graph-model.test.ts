import path from 'node:path';
import { loadBrowserModule } from './load-browser-module';

const PUBLIC = path.resolve(__dirname, '../../src/explorer/public');
const { neighbourhoodOf, listOf } = loadBrowserModule(path.join(PUBLIC, 'graph-model.js')) as {
  neighbourhoodOf: (entity: unknown) => { nodes: Array<{ id: string; kind: string; label: string }>; edges: Array<{ id: string; source: string; target: string; relation: string; detail: string | null }> };
  listOf: (value: unknown) => unknown[];
};

const session = (id: string, title: string, date: string | null) => ({ id, title, date, sessionKind: 'CONFERENCE' });

describe('neighbourhoodOf (graph-model.js)', () => {
  it("draws a person's offices to their organizations, with the title kept as detail", () => {
    const { nodes, edges } = neighbourhoodOf({
      __typename: 'Person', id: 'per_a', name: 'Nguyễn Thị Lan',
      positions: [{ id: 'pos_1', title: 'Bí thư', organization: { id: 'org_1', name: 'Đảng ủy xã Yên Lạc', organizationKind: 'PARTY_COMMITTEE' }, sources: [] }],
      sessionsChaired: { nodes: [session('ses_1', 'Hội nghị quý II', '2024-06-03')] },
      sessionsAttended: { nodes: [session('ses_1', 'Hội nghị quý II', '2024-06-03'), session('ses_2', 'Buổi làm việc', null)] },
    });
    expect(nodes.map((n) => `${n.kind}:${n.id}`).sort()).toEqual(['Organization:org_1', 'Person:per_a', 'Session:ses_1', 'Session:ses_2']);
    expect(edges.map((e) => `${e.source} ${e.relation} ${e.target}`).sort()).toEqual([
      'per_a ATTENDED ses_2', // the chaired session is not also drawn as attended
      'per_a CHAIRED ses_1',
      'per_a HOLDS_OFFICE org_1',
    ]);
    expect(edges.find((e) => e.relation === 'HOLDS_OFFICE')?.detail).toBe('Bí thư');
    expect(nodes.find((n) => n.id === 'ses_1')?.label).toBe('Hội nghị quý II (2024-06-03)');
  });

  it('points a document at its issuer and the bodies it founded at it, and takes citing documents as documents', () => {
    const { nodes, edges } = neighbourhoodOf({
      __typename: 'LegalDocument', id: 'doc_1', type: 'Quyết định', number: '12-QĐ/ĐU',
      issuer: { id: 'org_1', name: 'Đảng ủy xã Yên Lạc' },
      founded: [{ id: 'org_2', name: 'Chi bộ thôn Khuổi Ha' }],
      cites: [],
      citedBy: [{ __typename: 'LegalDocument', id: 'doc_2', type: 'Kế hoạch', number: '3-KH/ĐU' }, { __typename: 'Session', ...session('ses_9', 'Lễ công bố', '2024-07') }],
    });
    expect(edges.map((e) => `${e.source} ${e.relation} ${e.target}`).sort()).toEqual([
      'doc_1 ISSUED_BY org_1', 'doc_2 CITES doc_1', 'org_2 FOUNDED_BY doc_1', 'ses_9 CITES doc_1',
    ]);
    expect(nodes.find((n) => n.id === 'doc_2')).toMatchObject({ kind: 'LegalDocument', label: 'Kế hoạch 3-KH/ĐU' });
  });

  it('places an organization inside its unit and below its parent', () => {
    const { edges } = neighbourhoodOf({
      __typename: 'Organization', id: 'org_2', name: 'Chi bộ thôn Khuổi Ha',
      parent: { id: 'org_1', name: 'Đảng ủy xã Yên Lạc' },
      children: { nodes: [] },
      adminUnit: { id: 'adm_1', name: 'xã Yên Lạc', level: 'COMMUNE' },
      officeHolders: [{ id: 'pos_2', title: 'Bí thư Chi bộ', person: { id: 'per_b', name: 'Hà Văn Tú' }, sources: [] }],
      sessions: { nodes: [] }, documentsIssued: { nodes: [] }, foundingDocument: null,
    });
    expect(edges.map((e) => `${e.source} ${e.relation} ${e.target}`).sort()).toEqual([
      'org_2 INSIDE adm_1', 'org_2 PART_OF org_1', 'per_b HOLDS_OFFICE org_2',
    ]);
  });

  it('names every office a person holds in one body on the one edge', () => {
    const org = { id: 'org_1', name: 'xã Yên Lạc' };
    const { edges } = neighbourhoodOf({
      __typename: 'Person', id: 'per_a', name: 'Nguyễn Thị Lan',
      positions: [{ id: 'pos_1', title: 'Bí thư', organization: org }, { id: 'pos_2', title: 'Chủ tịch', organization: org }],
      sessionsChaired: { nodes: [] }, sessionsAttended: { nodes: [] },
    });
    expect(edges).toHaveLength(1);
    expect(edges[0].detail).toBe('Bí thư; Chủ tịch');
  });

  it('reads lists and connections alike', () => {
    expect(listOf([1, null, 2])).toEqual([1, 2]);
    expect(listOf({ nodes: [3] })).toEqual([3]);
    expect(listOf(null)).toEqual([]);
  });
});
