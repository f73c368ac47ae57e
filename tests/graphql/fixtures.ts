import type { ArticleFacts, Span } from '../../src/domain/facts';
import { articleId, contentHash, stableId } from '../../src/domain/ids';

/**
 * Hand-written facts of two short articles (sentences written for these
 * tests). Both name a decision numbered "03-QĐ/ĐU", by two different
 * Đảng ủy: Party numbering restarts with each issuer.
 */

function span(text: string, quote: string): Span {
  const start = text.indexOf(quote);
  if (start < 0) throw new Error(`"${quote}" is not in the text`);
  return { start, end: start + quote.length, text: quote };
}

function emptyFacts(text: string, url: string, title: string, publishedAt: string): ArticleFacts {
  return {
    article: { id: articleId(url, text), url, title, publishedAt, contentHash: contentHash(text) },
    persons: [], adminUnits: [], organizations: [], positions: [], sessions: [], documents: [],
    foundings: [], citations: [], authors: [], diagnostics: [],
  };
}

export const gid = {
  hoaSon: stableId('AdminUnit', 'xa hoa son@test'),
  committee: stableId('Organization', 'dang uy xa hoa son@test'),
  cell: stableId('Organization', 'chi bo thon khuoi na@test'),
  dong: stableId('Person', 'trinh tuan dong@test'),
  nam: stableId('Person', 'hoang van nam@test'),
  mai: stableId('Person', 'ly thi mai@test'),
  dongSecretary: stableId('Position', 'trinh tuan dong|bi thu|dang uy xa hoa son@test'),
  namSecretary: stableId('Position', 'hoang van nam|bi thu|chi bo thon khuoi na@test'),
  session: stableId('Session', 'lam viec@2025-03-10@chi bo thon khuoi na@test'),
  decision: stableId('LegalDocument', 'du hoa son|qd|03@test'),
  tanPhong: stableId('Organization', 'dang uy xa tan phong@test'),
  naPan: stableId('Organization', 'chi bo thon na pan@test'),
  minh: stableId('Person', 'nguyen van minh@test'),
  yearlessSession: stableId('Session', 'hop@--11-01@dang uy xa tan phong@test'),
  otherDecision: stableId('LegalDocument', 'du tan phong|qd|03@test'),
};

export const TEXT_X =
  'Ngày 10/3/2025, Đảng ủy xã Hòa Sơn ban hành Quyết định số 03-QĐ/ĐU về việc thành lập Chi bộ thôn Khuổi Nà. ' +
  'Đồng chí Trịnh Tuấn Đông, Bí thư Đảng ủy xã Hòa Sơn chủ trì buổi làm việc với Chi bộ thôn Khuổi Nà; ' +
  'dự có đồng chí Hoàng Văn Nam, Bí thư Chi bộ. Bài và ảnh: Lý Thị Mai';

/** Article X: a founding decision, a working session chaired by Đông, a byline. */
export function articleX(): ArticleFacts {
  const t = TEXT_X;
  const f = emptyFacts(t, 'https://test.example/hoa-son-thanh-lap-chi-bo', 'Thành lập Chi bộ thôn Khuổi Nà', '2025-03-15');
  f.adminUnits = [{ id: gid.hoaSon, name: 'xã Hòa Sơn', level: 'COMMUNE', parentId: null, mentions: [span(t, 'xã Hòa Sơn')] }];
  f.organizations = [
    { id: gid.committee, name: 'Đảng ủy xã Hòa Sơn', kind: 'PARTY_COMMITTEE', adminUnitId: gid.hoaSon, parentId: null, mentions: [span(t, 'Đảng ủy xã Hòa Sơn')] },
    { id: gid.cell, name: 'Chi bộ thôn Khuổi Nà', kind: 'PARTY_CELL', adminUnitId: gid.hoaSon, parentId: gid.committee, mentions: [span(t, 'Chi bộ thôn Khuổi Nà')] },
  ];
  f.persons = [
    { id: gid.dong, name: 'Trịnh Tuấn Đông', mentions: [span(t, 'Trịnh Tuấn Đông')] },
    { id: gid.nam, name: 'Hoàng Văn Nam', mentions: [span(t, 'Hoàng Văn Nam')] },
    { id: gid.mai, name: 'Lý Thị Mai', mentions: [span(t, 'Lý Thị Mai')] },
  ];
  f.positions = [
    { id: gid.dongSecretary, personId: gid.dong, title: 'Bí thư', organizationId: gid.committee, source: span(t, 'Trịnh Tuấn Đông, Bí thư Đảng ủy xã Hòa Sơn') },
    { id: gid.namSecretary, personId: gid.nam, title: 'Bí thư', organizationId: gid.cell, source: span(t, 'Hoàng Văn Nam, Bí thư Chi bộ') },
  ];
  f.sessions = [{
    id: gid.session, kind: 'WORKING_SESSION', title: 'làm việc với Chi bộ thôn Khuổi Nà', date: '2025-03-10',
    chairId: gid.dong, participantIds: [gid.dong, gid.nam], organizationIds: [gid.committee, gid.cell],
    source: span(t, 'chủ trì buổi làm việc với Chi bộ thôn Khuổi Nà'),
  }];
  f.documents = [{
    id: gid.decision, type: 'Quyết định', number: '03-QĐ/ĐU', kindCode: 'QĐ', issuerCode: 'ĐU', issuedOn: '2025-03-10',
    issuerId: gid.committee, subject: 'về việc thành lập Chi bộ thôn Khuổi Nà', source: span(t, 'Quyết định số 03-QĐ/ĐU'),
  }];
  f.foundings = [{ organizationId: gid.cell, documentId: gid.decision, source: span(t, 'Quyết định số 03-QĐ/ĐU về việc thành lập Chi bộ thôn Khuổi Nà') }];
  f.citations = [{ fromId: gid.session, documentId: gid.decision, source: span(t, 'Quyết định số 03-QĐ/ĐU về việc') }];
  f.authors = [{ personId: gid.mai, source: span(t, 'Lý Thị Mai') }];
  return f;
}

export const TEXT_Y =
  'Đảng ủy xã Tân Phong trao Quyết định số 03-QĐ/ĐU thành lập Chi bộ thôn Nà Pàn. ' +
  'Ngày 01/11, đồng chí Nguyễn Văn Minh chủ trì cuộc họp của Đảng ủy xã Tân Phong.';

/** Article Y: another "03-QĐ/ĐU" (dated to the month only) and a session whose year is unknown. */
export function articleY(): ArticleFacts {
  const t = TEXT_Y;
  const f = emptyFacts(t, 'https://test.example/tan-phong-chi-bo-na-pan', 'Chi bộ thôn Nà Pàn ra mắt', '2024-11-02');
  f.organizations = [
    { id: gid.tanPhong, name: 'Đảng ủy xã Tân Phong', kind: 'PARTY_COMMITTEE', adminUnitId: null, parentId: null, mentions: [span(t, 'Đảng ủy xã Tân Phong')] },
    { id: gid.naPan, name: 'Chi bộ thôn Nà Pàn', kind: 'PARTY_CELL', adminUnitId: null, parentId: gid.tanPhong, mentions: [span(t, 'Chi bộ thôn Nà Pàn')] },
  ];
  f.persons = [{ id: gid.minh, name: 'Nguyễn Văn Minh', mentions: [span(t, 'Nguyễn Văn Minh')] }];
  f.sessions = [{
    id: gid.yearlessSession, kind: 'OTHER', title: 'cuộc họp của Đảng ủy xã Tân Phong', date: '--11-01',
    chairId: gid.minh, participantIds: [gid.minh], organizationIds: [gid.tanPhong], source: span(t, 'chủ trì cuộc họp của Đảng ủy xã Tân Phong'),
  }];
  f.documents = [{
    id: gid.otherDecision, type: 'Quyết định', number: '03-QĐ/ĐU', kindCode: 'QĐ', issuerCode: 'ĐU', issuedOn: '2024-10',
    issuerId: gid.tanPhong, subject: null, source: span(t, 'Quyết định số 03-QĐ/ĐU'),
  }];
  f.foundings = [{ organizationId: gid.naPan, documentId: gid.otherDecision, source: span(t, 'Quyết định số 03-QĐ/ĐU thành lập Chi bộ thôn Nà Pàn') }];
  return f;
}
