import { TEXT_X, TEXT_Y, articleX, articleY, gid } from './fixtures';
import { startTestServer, type TestServer } from '../server/harness';

/** Issue 4: filters, search and following the graph, over two hand-written articles. */
let t: TestServer;
const ask = async (query: string, variables?: Record<string, unknown>) => {
  const { body } = await t.gql(query, variables);
  expect(body.errors).toBeUndefined();
  return body.data;
};
const names = (list: Array<{ name: string }>) => list.map((x) => x.name).sort();

beforeAll(async () => {
  t = await startTestServer();
  await t.server.store.saveArticle(articleX(), TEXT_X);
  await t.server.store.saveArticle(articleY(), TEXT_Y);
});
afterAll(() => t?.close());

describe('list filters', () => {
  it('finds people by organization, office title and unit', async () => {
    const d = await ask(`query ($org: ID, $unit: ID) {
      inCell: people(organizationId: $org) { nodes { name } }
      secretaries: people(title: "bi thu") { totalCount }
      inUnit: people(adminUnitId: $unit) { nodes { name } }
    }`, { org: gid.cell, unit: gid.hoaSon });
    expect(names(d.inCell.nodes)).toEqual(['Hoàng Văn Nam']);
    expect(d.secretaries.totalCount).toBe(2);
    expect(names(d.inUnit.nodes)).toEqual(['Hoàng Văn Nam', 'Trịnh Tuấn Đông']);
  });

  it('finds organizations by kind, unit and name words', async () => {
    const d = await ask(`query ($unit: ID) {
      cells: organizations(kind: PARTY_CELL) { nodes { name } }
      inUnit: organizations(adminUnitId: $unit) { totalCount }
      named: organizations(search: "tan phong") { nodes { name } }
    }`, { unit: gid.hoaSon });
    expect(names(d.cells.nodes)).toEqual(['Chi bộ thôn Khuổi Nà', 'Chi bộ thôn Nà Pàn']);
    expect(d.inUnit.totalCount).toBe(2);
    expect(names(d.named.nodes)).toEqual(['Đảng ủy xã Tân Phong']);
  });

  it('finds sessions by chair, participant, organization, unit and kind', async () => {
    const d = await ask(`query ($dong: ID, $nam: ID, $tp: ID, $unit: ID) {
      byChair: sessions(chairId: $dong) { nodes { id } }
      byParticipant: sessions(participantId: $nam) { nodes { id } }
      byOrganization: sessions(organizationId: $tp) { nodes { id } }
      byUnit: sessions(adminUnitId: $unit) { nodes { id } }
      byKind: sessions(kind: OTHER) { nodes { id } }
    }`, { dong: gid.dong, nam: gid.nam, tp: gid.tanPhong, unit: gid.hoaSon });
    expect(d.byChair.nodes).toEqual([{ id: gid.session }]);
    expect(d.byParticipant.nodes).toEqual([{ id: gid.session }]);
    expect(d.byOrganization.nodes).toEqual([{ id: gid.yearlessSession }]);
    expect(d.byUnit.nodes).toEqual([{ id: gid.session }]);
    expect(d.byKind.nodes).toEqual([{ id: gid.yearlessSession }]);
  });

  it('finds documents by type, issuer and date range', async () => {
    const d = await ask(`query ($issuer: ID) {
      byType: documents(type: "quyet dinh") { totalCount }
      byIssuer: documents(issuerId: $issuer) { nodes { id } }
      in2025: documents(from: "2025-01-01", to: "2025-12-31") { nodes { id } }
    }`, { issuer: gid.tanPhong });
    expect(d.byType.totalCount).toBe(2);
    expect(d.byIssuer.nodes).toEqual([{ id: gid.otherDecision }]);
    expect(d.in2025.nodes).toEqual([{ id: gid.decision }]);
  });

  it('pages with first and after', async () => {
    const first = await ask('{ people(first: 2) { totalCount pageInfo { hasNextPage endCursor } nodes { id } } }');
    expect(first.people.totalCount).toBe(4);
    expect(first.people.pageInfo.hasNextPage).toBe(true);
    const rest = await ask('query ($after: String) { people(first: 100, after: $after) { pageInfo { hasNextPage } edges { cursor node { id } } } }', { after: first.people.pageInfo.endCursor });
    expect(rest.people.pageInfo.hasNextPage).toBe(false);
    const all = [...first.people.nodes.map((n: { id: string }) => n.id), ...rest.people.edges.map((e: { node: { id: string } }) => e.node.id)];
    expect(new Set(all).size).toBe(4);
  });
});

describe('counts', () => {
  it('says how many nodes of each kind the graph holds', async () => {
    const d = await ask('{ counts { people organizations adminUnits sessions documents articles positions } }');
    expect(d.counts).toEqual({ people: 4, organizations: 4, adminUnits: 1, sessions: 2, documents: 2, articles: 2, positions: 2 });
  });
});

describe('search', () => {
  it('ranks people, organizations, units, documents and sessions with kind and score', async () => {
    const d = await ask(`{ search(text: "hoa son") { kind score node { id ... on Organization { name } ... on AdminUnit { name level } } } }`);
    const kinds = d.search.map((h: { kind: string }) => h.kind);
    expect(kinds).toEqual(expect.arrayContaining(['ADMIN_UNIT', 'ORGANIZATION']));
    expect(d.search.every((h: { score: number }) => typeof h.score === 'number')).toBe(true);
    expect(d.search.find((h: { kind: string }) => h.kind === 'ADMIN_UNIT').node).toEqual({ id: gid.hoaSon, name: 'xã Hòa Sơn', level: 'COMMUNE' });
  });

  it('keeps to the kinds asked for', async () => {
    const d = await ask('{ search(text: "hoa son", kinds: [ADMIN_UNIT]) { kind } }');
    expect(new Set(d.search.map((h: { kind: string }) => h.kind))).toEqual(new Set(['ADMIN_UNIT']));
  });

  it('refuses an empty text', async () => {
    const { body } = await t.gql('{ search(text: "  ") { kind } }');
    expect(body.errors?.[0]).toMatchObject({ message: 'search text is empty', extensions: { code: 'BAD_USER_INPUT' } });
  });
});

describe('following the graph', () => {
  it('a person: offices with attested dates and sources, sessions, colleagues', async () => {
    const d = await ask(`query ($id: ID!) { person(id: $id) {
      name
      positions { title organization { name } attestedOn sources { quote start end article { id url title publishedAt } } }
      sessionsChaired { totalCount nodes { id } }
      sessionsAttended { totalCount }
      colleagues { nodes { person { name } sessionCount sessions { id } } }
      sources { quote }
    } }`, { id: gid.dong });
    const p = d.person;
    expect(p.positions).toEqual([{
      title: 'Bí thư', organization: { name: 'Đảng ủy xã Hòa Sơn' }, attestedOn: ['2025-03-10', '2025-03-15'], // the session's day, the article's day
      sources: [expect.objectContaining({
        quote: 'Trịnh Tuấn Đông, Bí thư Đảng ủy xã Hòa Sơn',
        article: { id: articleX().article.id, url: articleX().article.url, title: articleX().article.title, publishedAt: '2025-03-15' },
      })],
    }]);
    const source = p.positions[0].sources[0];
    expect(TEXT_X.slice(source.start, source.end)).toBe(source.quote);
    expect(p.sessionsChaired).toEqual({ totalCount: 1, nodes: [{ id: gid.session }] });
    expect(p.sessionsAttended.totalCount).toBe(1);
    expect(p.colleagues.nodes).toEqual([{ person: { name: 'Hoàng Văn Nam' }, sessionCount: 1, sessions: [{ id: gid.session }] }]);
    expect(p.sources).toEqual([{ quote: 'Trịnh Tuấn Đông' }]);
  });

  it('an organization: parent, children, unit, office holders, sessions, documents, founding', async () => {
    const d = await ask(`query ($cell: ID!, $committee: ID!) {
      cell: organization(id: $cell) { parent { name } adminUnit { name } foundingDocument { number issuer { name } } officeHolders { title person { name } } }
      committee: organization(id: $committee) {
        children { nodes { name } }
        sessions { nodes { id } }
        documentsIssued { nodes { number } }
        before: officeHolders(on: "2025-01-01") { title }
        after: officeHolders(on: "2025-04-01") { title person { name } }
      }
    }`, { cell: gid.cell, committee: gid.committee });
    expect(d.cell).toEqual({
      parent: { name: 'Đảng ủy xã Hòa Sơn' }, adminUnit: { name: 'xã Hòa Sơn' },
      foundingDocument: { number: '03-QĐ/ĐU', issuer: { name: 'Đảng ủy xã Hòa Sơn' } },
      officeHolders: [{ title: 'Bí thư', person: { name: 'Hoàng Văn Nam' } }],
    });
    expect(d.committee.children.nodes).toEqual([{ name: 'Chi bộ thôn Khuổi Nà' }]);
    expect(d.committee.sessions.nodes).toEqual([{ id: gid.session }]);
    expect(d.committee.documentsIssued.nodes).toEqual([{ number: '03-QĐ/ĐU' }]);
    expect(d.committee.before).toEqual([]);
    expect(d.committee.after).toEqual([{ title: 'Bí thư', person: { name: 'Trịnh Tuấn Đông' } }]);
  });

  it('an administrative unit: its organizations', async () => {
    const d = await ask('query ($id: ID!) { adminUnit(id: $id) { name level parent { name } children { totalCount } organizations { nodes { name } } } }', { id: gid.hoaSon });
    expect(d.adminUnit).toMatchObject({ name: 'xã Hòa Sơn', level: 'COMMUNE', parent: null, children: { totalCount: 0 } });
    expect(names(d.adminUnit.organizations.nodes)).toEqual(['Chi bộ thôn Khuổi Nà', 'Đảng ủy xã Hòa Sơn']);
  });

  it('a document: issuer, what it founded, who cites it', async () => {
    const d = await ask(`query ($id: ID!) { document(id: $id) {
      subject issuer { name } founded { name }
      citedBy { __typename ... on Session { id } ... on LegalDocument { number } }
    } }`, { id: gid.decision });
    expect(d.document).toEqual({
      subject: 'về việc thành lập Chi bộ thôn Khuổi Nà', issuer: { name: 'Đảng ủy xã Hòa Sơn' },
      founded: [{ name: 'Chi bộ thôn Khuổi Nà' }], citedBy: [{ __typename: 'Session', id: gid.session }],
    });
  });

  it('a session: chair, participants, organizations, documents cited, report article', async () => {
    const d = await ask(`query ($id: ID!) { session(id: $id) {
      kind title date chair { name } participants { name } organizations { name }
      documentsCited { number } reportArticle { url } sources { quote }
    } }`, { id: gid.session });
    expect(d.session).toMatchObject({
      kind: 'WORKING_SESSION', date: '2025-03-10', chair: { name: 'Trịnh Tuấn Đông' },
      documentsCited: [{ number: '03-QĐ/ĐU' }], reportArticle: { url: articleX().article.url },
      sources: [{ quote: 'chủ trì buổi làm việc với Chi bộ thôn Khuổi Nà' }],
    });
    expect(names(d.session.participants)).toEqual(['Hoàng Văn Nam', 'Trịnh Tuấn Đông']);
  });

  it('relationship facts carry the quotes that state them', async () => {
    const d = await ask(`query ($session: ID!, $cell: ID!) {
      session(id: $session) {
        participations { person { name } chaired sources { quote article { id } } }
        organizationRoles { organization { name } role sources { quote } }
      }
      organization(id: $cell) { foundedBy { document { number } organization { name } sources { quote article { publishedAt } } } }
    }`, { session: gid.session, cell: gid.cell });
    const chair = d.session.participations.find((p: { chaired: boolean }) => p.chaired);
    expect(chair.person).toEqual({ name: 'Trịnh Tuấn Đông' });
    expect(chair.sources.length).toBeGreaterThan(0);
    expect(chair.sources[0].article).toEqual({ id: articleX().article.id });
    expect(d.session.participations).toHaveLength(2);
    expect(d.session.organizationRoles).toHaveLength(2);
    for (const part of [...d.session.participations, ...d.session.organizationRoles]) expect(part.sources.length).toBeGreaterThan(0);
    expect(d.organization.foundedBy).toEqual([{
      document: { number: '03-QĐ/ĐU' }, organization: { name: 'Chi bộ thôn Khuổi Nà' },
      sources: [{ quote: 'Quyết định số 03-QĐ/ĐU về việc thành lập Chi bộ thôn Khuổi Nà', article: { publishedAt: '2025-03-15' } }],
    }]);
  });

  it('any node by id', async () => {
    const d = await ask('query ($id: ID!) { node(id: $id) { id __typename ... on Person { name } } }', { id: gid.nam });
    expect(d.node).toEqual({ id: gid.nam, __typename: 'Person', name: 'Hoàng Văn Nam' });
  });
});

describe('officeholders', () => {
  it('by title, diacritics optional', async () => {
    const d = await ask('{ officeholders(title: "bi thu") { title person { name } organization { name } } }');
    expect(d.officeholders.map((p: { person: { name: string } }) => p.person.name).sort()).toEqual(['Hoàng Văn Nam', 'Trịnh Tuấn Đông']);
  });

  it('in one organization, on a day', async () => {
    const d = await ask('query ($org: ID) { officeholders(title: "Bí thư", organizationId: $org, on: "2025-06-01") { person { name } attestedOn } }', { org: gid.committee });
    expect(d.officeholders).toEqual([{ person: { name: 'Trịnh Tuấn Đông' }, attestedOn: ['2025-03-10', '2025-03-15'] }]);
  });

  it('needs a title or an organization', async () => {
    const { body } = await t.gql('{ officeholders { title } }');
    expect(body.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
  });
});

describe('connection', () => {
  it('finds how two people are linked, each step with its facts and sources', async () => {
    const d = await ask(`query ($from: ID!, $to: ID!) { connection(from: $from, to: $to, maxHops: 4) {
      length start { id } steps { relation forward node { id __typename } sources { quote article { id } } }
    } }`, { from: gid.nam, to: gid.dong });
    expect(d.connection.length).toBeGreaterThan(0);
    const path = d.connection[0];
    expect(path.start).toEqual({ id: gid.nam });
    expect(path.steps[path.steps.length - 1].node).toEqual({ id: gid.dong, __typename: 'Person' });
    expect(path.length).toBe(path.steps.length);
    for (const step of path.steps) expect(step.sources.length).toBeGreaterThan(0);
  });

  it('refuses too many hops', async () => {
    const { body } = await t.gql('query ($a: ID!) { connection(from: $a, to: $a, maxHops: 9) { length } }', { a: gid.nam });
    expect(body.errors?.[0]).toMatchObject({ message: 'maxHops must be between 1 and 6 (got 9)', extensions: { code: 'BAD_USER_INPUT' } });
  });
});
