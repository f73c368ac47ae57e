import type { ArticleFacts, Span } from '../../src/domain/facts';
import { articleId, contentHash, stableId } from '../../src/domain/ids';

/**
 * Hand-written facts of two short articles about one commune, written for
 * these tests (not taken from the evaluation set). Both state that Trịnh
 * Tuấn Đông is Bí thư of the commune's Đảng ủy, so that fact has two sources.
 */

/** The span of the `nth` occurrence (0-based) of `quote` in `text`. */
export function span(text: string, quote: string, nth = 0): Span {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(quote, at + 1);
    if (at < 0) throw new Error(`"${quote}" is not in the text`);
  }
  return { start: at, end: at + quote.length, text: quote };
}

export const ids = {
  province: stableId('AdminUnit', 'tinh lang son'),
  commune: stableId('AdminUnit', 'xa loc binh@lang son'),
  partyCommittee: stableId('Organization', 'dang uy xa loc binh'),
  peoplesCommittee: stableId('Organization', 'ubnd xa loc binh'),
  front: stableId('Organization', 'uy ban mttq xa loc binh'),
  dong: stableId('Person', 'trinh tuan dong@lang son'),
  hoa: stableId('Person', 'do thi hoa@lang son'),
  minh: stableId('Person', 'nguyen van minh@lang son'),
  dongSecretary: stableId('Position', 'trinh tuan dong|bi thu|dang uy xa loc binh'),
  hoaDeputy: stableId('Position', 'do thi hoa|pho bi thu thuong truc|dang uy xa loc binh'),
  minhChair: stableId('Position', 'nguyen van minh|chu tich|uy ban mttq xa loc binh'),
  conference: stableId('Session', 'hoi nghi@2025-05-08@dang uy xa loc binh'),
  workingSession: stableId('Session', 'lam viec@2025-06@uy ban mttq xa loc binh'),
  decision: stableId('LegalDocument', 'du|qd|03'),
  plan: stableId('LegalDocument', 'mttq-btt|kh|05'),
};

function emptyFacts(text: string, url: string, title: string, publishedAt: string): ArticleFacts {
  return {
    article: { id: articleId(url, text), url, title, publishedAt, contentHash: contentHash(text) },
    persons: [], adminUnits: [], organizations: [], positions: [], sessions: [], documents: [],
    foundings: [], citations: [], authors: [], diagnostics: [],
  };
}

export const TEXT_A =
  'Ngày 8/5/2025, Đảng ủy xã Lộc Bình, tỉnh Lạng Sơn tổ chức hội nghị sơ kết công tác quý I. ' +
  'Đồng chí Trịnh Tuấn Đông, Bí thư Đảng ủy xã chủ trì hội nghị; dự có đồng chí Đỗ Thị Hoa, ' +
  'Phó Bí thư Thường trực Đảng ủy xã, cùng đại diện UBND xã Lộc Bình. Hội nghị quán triệt ' +
  'Quyết định số 03-QĐ/ĐU ngày 20/4/2025 của Đảng ủy xã về việc thành lập Ban Chỉ đạo chuyển đổi số.';

/** Article A: a conference chaired by Đông, with Hoa; it cites decision 03-QĐ/ĐU. */
export function articleA(text = TEXT_A): ArticleFacts {
  const f = emptyFacts(text, 'https://baolangson.example/hoi-nghi-so-ket', 'Đảng ủy xã Lộc Bình sơ kết quý I', '2025-05-09');
  const t = text;
  f.adminUnits = [
    { id: ids.province, name: 'tỉnh Lạng Sơn', level: 'PROVINCE', parentId: null, mentions: [span(t, 'tỉnh Lạng Sơn')] },
    { id: ids.commune, name: 'xã Lộc Bình', level: 'COMMUNE', parentId: ids.province, mentions: [span(t, 'xã Lộc Bình')] },
  ];
  f.organizations = [
    {
      id: ids.partyCommittee, name: 'Đảng ủy xã Lộc Bình', kind: 'PARTY_COMMITTEE', adminUnitId: ids.commune, parentId: null,
      mentions: [span(t, 'Đảng ủy xã Lộc Bình'), span(t, 'Đảng ủy xã', 1)],
    },
    {
      id: ids.peoplesCommittee, name: 'UBND xã Lộc Bình', kind: 'PEOPLES_COMMITTEE', adminUnitId: ids.commune, parentId: null,
      mentions: [span(t, 'UBND xã Lộc Bình')],
    },
  ];
  f.persons = [
    { id: ids.dong, name: 'Trịnh Tuấn Đông', mentions: [span(t, 'Trịnh Tuấn Đông')] },
    { id: ids.hoa, name: 'Đỗ Thị Hoa', mentions: [span(t, 'Đỗ Thị Hoa')] },
  ];
  f.positions = [
    { id: ids.dongSecretary, personId: ids.dong, title: 'Bí thư', organizationId: ids.partyCommittee, source: span(t, 'Trịnh Tuấn Đông, Bí thư Đảng ủy xã') },
    {
      id: ids.hoaDeputy, personId: ids.hoa, title: 'Phó Bí thư Thường trực', organizationId: ids.partyCommittee,
      source: span(t, 'Đỗ Thị Hoa, Phó Bí thư Thường trực Đảng ủy xã'),
    },
  ];
  f.sessions = [
    {
      id: ids.conference, kind: 'CONFERENCE', title: 'hội nghị sơ kết công tác quý I', date: '2025-05-08',
      chairId: ids.dong, participantIds: [ids.dong, ids.hoa], organizationIds: [ids.partyCommittee, ids.peoplesCommittee],
      source: span(t, 'Đảng ủy xã Lộc Bình, tỉnh Lạng Sơn tổ chức hội nghị sơ kết công tác quý I'),
    },
  ];
  f.documents = [
    {
      id: ids.decision, type: 'Quyết định', number: '03-QĐ/ĐU', kindCode: 'QĐ', issuerCode: 'ĐU', issuedOn: '2025-04-20',
      issuerId: ids.partyCommittee, subject: 'về việc thành lập Ban Chỉ đạo chuyển đổi số',
      source: span(t, 'Quyết định số 03-QĐ/ĐU ngày 20/4/2025 của Đảng ủy xã'),
    },
  ];
  f.citations = [{ fromId: ids.conference, documentId: ids.decision, source: span(t, 'Hội nghị quán triệt Quyết định số 03-QĐ/ĐU') }];
  return f;
}

export const TEXT_B =
  'Tháng 6/2025, Ủy ban MTTQ xã Lộc Bình làm việc với Đảng ủy xã về Kế hoạch số 05/KH-MTTQ-BTT. ' +
  'Đồng chí Nguyễn Văn Minh, Chủ tịch Ủy ban MTTQ xã chủ trì; đồng chí Trịnh Tuấn Đông, Bí thư Đảng ủy xã ' +
  'Lộc Bình dự và phát biểu.';

/** Article B: a working session chaired by Minh with Đông, who is again called Bí thư. */
export function articleB(text = TEXT_B): ArticleFacts {
  const f = emptyFacts(text, 'https://baolangson.example/mttq-lam-viec', 'MTTQ xã Lộc Bình làm việc với Đảng ủy', '2025-06-20');
  const t = text;
  f.adminUnits = [{ id: ids.commune, name: 'xã Lộc Bình', level: 'COMMUNE', parentId: null, mentions: [span(t, 'xã Lộc Bình')] }];
  f.organizations = [
    {
      id: ids.front, name: 'Ủy ban MTTQ xã Lộc Bình', kind: 'FATHERLAND_FRONT', adminUnitId: ids.commune, parentId: null,
      mentions: [span(t, 'Ủy ban MTTQ xã Lộc Bình')],
    },
    {
      id: ids.partyCommittee, name: 'Đảng ủy xã Lộc Bình', kind: 'PARTY_COMMITTEE', adminUnitId: ids.commune, parentId: null,
      mentions: [span(t, 'Đảng ủy xã')],
    },
  ];
  f.persons = [
    { id: ids.minh, name: 'Nguyễn Văn Minh', mentions: [span(t, 'Nguyễn Văn Minh')] },
    { id: ids.dong, name: 'Trịnh Tuấn Đông', mentions: [span(t, 'Trịnh Tuấn Đông')] },
  ];
  f.positions = [
    { id: ids.minhChair, personId: ids.minh, title: 'Chủ tịch', organizationId: ids.front, source: span(t, 'Nguyễn Văn Minh, Chủ tịch Ủy ban MTTQ xã') },
    { id: ids.dongSecretary, personId: ids.dong, title: 'Bí thư', organizationId: ids.partyCommittee, source: span(t, 'Trịnh Tuấn Đông, Bí thư Đảng ủy xã') },
  ];
  f.sessions = [
    {
      id: ids.workingSession, kind: 'WORKING_SESSION', title: 'Ủy ban MTTQ xã Lộc Bình làm việc với Đảng ủy xã', date: '2025-06',
      chairId: ids.minh, participantIds: [ids.minh, ids.dong], organizationIds: [ids.front, ids.partyCommittee],
      source: span(t, 'Ủy ban MTTQ xã Lộc Bình làm việc với Đảng ủy xã'),
    },
  ];
  f.documents = [
    {
      id: ids.plan, type: 'Kế hoạch', number: '05/KH-MTTQ-BTT', kindCode: 'KH', issuerCode: 'MTTQ-BTT', issuedOn: null,
      issuerId: ids.front, subject: null, source: span(t, 'Kế hoạch số 05/KH-MTTQ-BTT'),
    },
  ];
  f.citations = [{ fromId: ids.workingSession, documentId: ids.plan, source: span(t, 'làm việc với Đảng ủy xã về Kế hoạch số 05/KH-MTTQ-BTT') }];
  return f;
}
