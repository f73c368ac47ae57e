import type { ArticleFacts, Span } from '../../src/domain/facts';
import { articleId, contentHash, stableId } from '../../src/domain/ids';

/** Two articles' facts written by hand, so export tests do not depend on what the extractor finds. */
function spanOf(text: string, quote: string): Span {
  const start = text.indexOf(quote);
  if (start < 0) throw new Error(`quote not in text: ${quote}`);
  return { start, end: start + quote.length, text: quote };
}

function emptyFacts(text: string, url: string, publishedAt: string): ArticleFacts {
  return {
    article: { id: articleId(url, text), url, title: null, publishedAt, contentHash: contentHash(text) },
    persons: [], adminUnits: [], organizations: [], positions: [], sessions: [], documents: [], foundings: [],
    citations: [], authors: [], diagnostics: [],
  };
}

export const IDS = {
  province: stableId('AdminUnit', 'tinh lang son'),
  hoaAn: stableId('AdminUnit', 'xa hoa an@lang son'),
  phuLoi: stableId('AdminUnit', 'xa phu loi@lang son'),
  partyHoaAn: stableId('Organization', 'dang uy xa hoa an'),
  cellDongTam: stableId('Organization', 'chi bo thon dong tam@hoa an'),
  partyPhuLoi: stableId('Organization', 'dang uy xa phu loi'),
  binh: stableId('Person', 'nguyen van binh@hoa an'),
  son: stableId('Person', 'hoang van son@phu loi'),
  binhSecretary: stableId('Position', 'nguyen van binh@hoa an|bi thu|dang uy xa hoa an'),
  sonChief: stableId('Position', 'hoang van son@phu loi|chu nhiem ubkt|dang uy xa phu loi'),
  conference: stableId('Session', 'dang uy xa hoa an|2025-03-12'),
  inspection: stableId('Session', 'dang uy xa phu loi|2025-06-10'),
  decision: stableId('LegalDocument', 'dang uy xa hoa an|qd|112-qd/du|2025'),
};

const HOA_AN_TEXT =
  'Ngày 12/3/2025, Đảng ủy xã Hòa An, tỉnh Lạng Sơn tổ chức hội nghị sơ kết quý I. Đồng chí Nguyễn Văn Bình, ' +
  'Bí thư Đảng ủy xã chủ trì. Ngày 20/4/2025, Đảng ủy xã ban hành Quyết định số 112-QĐ/ĐU về việc thành lập Chi bộ thôn Đồng Tâm.';

const PHU_LOI_TEXT =
  'Ngày 10/6/2025, Ủy ban Kiểm tra Đảng ủy xã Phú Lợi, tỉnh Lạng Sơn kiểm tra Chi bộ bản Mòng. ' +
  'Đồng chí Hoàng Văn Sơn, Chủ nhiệm Ủy ban Kiểm tra Đảng ủy xã làm trưởng đoàn.';

export function hoaAnArticle(): { facts: ArticleFacts; text: string } {
  const t = HOA_AN_TEXT;
  const f = emptyFacts(t, 'https://tin.example/hoa-an', '2025-03-13');
  const s = (q: string) => spanOf(t, q);
  f.adminUnits.push(
    { id: IDS.province, name: 'tỉnh Lạng Sơn', level: 'PROVINCE', parentId: null, mentions: [s('tỉnh Lạng Sơn')] },
    { id: IDS.hoaAn, name: 'xã Hòa An', level: 'COMMUNE', parentId: IDS.province, mentions: [s('xã Hòa An, tỉnh Lạng Sơn')] },
  );
  f.organizations.push(
    { id: IDS.partyHoaAn, name: 'Đảng ủy xã Hòa An', kind: 'PARTY_COMMITTEE', adminUnitId: IDS.hoaAn, parentId: null, mentions: [s('Đảng ủy xã Hòa An')] },
    { id: IDS.cellDongTam, name: 'Chi bộ thôn Đồng Tâm', kind: 'PARTY_CELL', adminUnitId: null, parentId: IDS.partyHoaAn, mentions: [s('Chi bộ thôn Đồng Tâm')] },
  );
  f.persons.push({ id: IDS.binh, name: 'Nguyễn Văn Bình', mentions: [s('Nguyễn Văn Bình')] });
  f.positions.push({ id: IDS.binhSecretary, personId: IDS.binh, title: 'Bí thư', organizationId: IDS.partyHoaAn, source: s('Nguyễn Văn Bình, Bí thư Đảng ủy xã') });
  f.sessions.push({
    id: IDS.conference, kind: 'CONFERENCE', title: 'Hội nghị sơ kết quý I', date: '2025-03-12', chairId: IDS.binh,
    participantIds: [IDS.binh], organizationIds: [IDS.partyHoaAn], source: s('Ngày 12/3/2025, Đảng ủy xã Hòa An, tỉnh Lạng Sơn tổ chức hội nghị sơ kết quý I'),
  });
  f.documents.push({
    id: IDS.decision, type: 'Quyết định', number: '112-QĐ/ĐU', kindCode: 'QĐ', issuerCode: 'ĐU', issuedOn: '2025-04-20',
    issuerId: IDS.partyHoaAn, subject: 'về việc thành lập Chi bộ thôn Đồng Tâm', source: s('Quyết định số 112-QĐ/ĐU'),
  });
  f.foundings.push({ organizationId: IDS.cellDongTam, documentId: IDS.decision, source: s('Quyết định số 112-QĐ/ĐU về việc thành lập Chi bộ thôn Đồng Tâm') });
  return { facts: f, text: t };
}

export function phuLoiArticle(): { facts: ArticleFacts; text: string } {
  const t = PHU_LOI_TEXT;
  const f = emptyFacts(t, 'https://tin.example/phu-loi', '2025-06-11');
  const s = (q: string) => spanOf(t, q);
  f.adminUnits.push(
    { id: IDS.province, name: 'tỉnh Lạng Sơn', level: 'PROVINCE', parentId: null, mentions: [s('tỉnh Lạng Sơn')] },
    { id: IDS.phuLoi, name: 'xã Phú Lợi', level: 'COMMUNE', parentId: IDS.province, mentions: [s('xã Phú Lợi, tỉnh Lạng Sơn')] },
  );
  f.organizations.push({ id: IDS.partyPhuLoi, name: 'Đảng ủy xã Phú Lợi', kind: 'PARTY_COMMITTEE', adminUnitId: IDS.phuLoi, parentId: null, mentions: [s('Đảng ủy xã Phú Lợi')] });
  f.persons.push({ id: IDS.son, name: 'Hoàng Văn Sơn', mentions: [s('Hoàng Văn Sơn')] });
  f.positions.push({ id: IDS.sonChief, personId: IDS.son, title: 'Chủ nhiệm Ủy ban Kiểm tra', organizationId: IDS.partyPhuLoi, source: s('Hoàng Văn Sơn, Chủ nhiệm Ủy ban Kiểm tra Đảng ủy xã') });
  f.sessions.push({
    id: IDS.inspection, kind: 'INSPECTION', title: 'Kiểm tra Chi bộ bản Mòng', date: '2025-06-10', chairId: IDS.son,
    participantIds: [IDS.son], organizationIds: [IDS.partyPhuLoi], source: s('Ngày 10/6/2025, Ủy ban Kiểm tra Đảng ủy xã Phú Lợi'),
  });
  return { facts: f, text: t };
}
