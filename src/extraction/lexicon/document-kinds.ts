/**
 * Kinds of numbered document: the word that names them before the number
 * ("Quyết định số 03-QĐ/ĐU") and the code inside the number ("QĐ").
 * A code read alone gives the first kind listed with it.
 */
export interface DocumentKindEntry {
  readonly type: string;
  readonly codes: readonly string[];
}

export const DOCUMENT_KINDS: readonly DocumentKindEntry[] = [
  { type: 'Quyết định', codes: ['QĐ'] },
  { type: 'Nghị quyết', codes: ['NQ'] },
  { type: 'Nghị quyết liên tịch', codes: ['NQLT'] },
  { type: 'Kế hoạch', codes: ['KH'] },
  { type: 'Chỉ thị', codes: ['CT'] },
  { type: 'Kết luận', codes: ['KL'] },
  { type: 'Quy định', codes: ['QĐi', 'QyĐ'] },
  { type: 'Hướng dẫn', codes: ['HD'] },
  { type: 'Thông báo', codes: ['TB'] },
  { type: 'Công văn', codes: ['CV'] },
  { type: 'Báo cáo', codes: ['BC'] },
  { type: 'Tờ trình', codes: ['TTr'] },
  { type: 'Chương trình', codes: ['CTr'] },
  // "Chương trình hành động số 03-CTr/HU": the kind word as written; the code alone says "Chương trình".
  { type: 'Chương trình hành động', codes: [] },
  { type: 'Đề án', codes: ['ĐA'] },
  { type: 'Quy chế', codes: ['QC', 'QCh'] },
  { type: 'Nghị định', codes: ['NĐ'] },
  { type: 'Thông tư', codes: ['TT'] },
  { type: 'Thông tư liên tịch', codes: ['TTLT'] },
  { type: 'Chỉ thị', codes: ['CT-TTg'] },
  { type: 'Luật', codes: ['QH'] },
  { type: 'Quy định', codes: [] },
];

/** Every kind code known, for telling a document number from other slashed tokens. */
export const DOCUMENT_KIND_CODES: ReadonlySet<string> = new Set(DOCUMENT_KINDS.flatMap((k) => k.codes));
