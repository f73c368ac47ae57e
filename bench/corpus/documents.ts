import type { Org } from './orgs';
import { Rng } from './prng';
import { type Pen, writeDocDate, writeNumber, writeOrg } from './render';

/** Kind words of numbered documents, by their code in the number. */
export const DOC_TYPES: Record<string, string> = {
  QĐ: 'Quyết định', NQ: 'Nghị quyết', KH: 'Kế hoạch', CT: 'Chỉ thị', KL: 'Kết luận',
  TB: 'Thông báo', HD: 'Hướng dẫn', QC: 'Quy chế',
};

/** A numbered document of the world. `number` is the gold form ("12-QĐ/ĐU", "45/KH-UBND"). */
export interface Doc { key: string; type: string; code: string; number: string; date: string; issuer: Org; subject: string }

/**
 * The document an issuer gave out under `key`: same key, same number and
 * date, so a founding decision or a resolution is the same document in
 * every article that cites it. Numbering restarts each year per issuer,
 * so different issuers share numbers (as real ones do).
 */
export function documentOf(seed: number, issuer: Org, code: string, date: string, key: string, subject: string): Doc {
  const r = Rng.of(seed, `doc|${issuer.key}|${key}`);
  const n = code === 'QĐ' || code === 'KH' ? r.int(1, 320) : r.int(1, 60);
  const digits = n < 10 && r.chance(0.5) ? `0${n}` : String(n);
  const number = issuer.party ? `${digits}-${code}/${issuer.docCode}` : `${digits}/${code}-${issuer.docCode}`;
  return { key, type: DOC_TYPES[code], code, number, date, issuer, subject };
}

/**
 * "Quyết định số 12-QĐ/ĐU ngày 15/7/2025 của Ban Thường vụ Đảng ủy xã Tân Phú":
 * writes a citation and records the document with what this text gives of
 * its date and issuer.
 */
export function writeDocument(pen: Pen, doc: Doc, opts: { withType?: boolean; issuerOrg?: Org | null } = {}): string {
  const withDate = pen.r.chance(0.8);
  const issuer = opts.issuerOrg === undefined ? (pen.r.chance(0.7) ? doc.issuer : null) : opts.issuerOrg;
  pen.truth.document({ type: doc.type, number: doc.number, date: withDate ? doc.date : null, issuer: issuer ? issuer.full : null });
  const head = opts.withType === false ? 'số' : `${doc.type} số`;
  const date = withDate ? ` ${writeDocDate(pen, doc.date)}` : '';
  const by = issuer ? ` của ${writeOrg(pen, issuer)}` : '';
  return `${head} ${writeNumber(pen, doc.number)}${date}${by}`;
}
