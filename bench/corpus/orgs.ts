import type { Commune, District, Province } from './world';

/**
 * An organization of the generated world. `full` is how the gold names it
 * (expanded, with its unit); an article writes one of `bodies` (full or
 * abbreviated) followed by `suffix`, and may drop the suffix when the next
 * office named shares it ("Bí thư Đảng ủy, Chủ tịch HĐND xã Tân Phú").
 */
export interface Org {
  key: string;
  full: string;
  bodies: readonly string[];
  suffix: string;
  /** The issuer part of its document numbers: "ĐU" in 12-QĐ/ĐU, "UBND" in 45/KH-UBND. */
  docCode: string;
  /** Party bodies number "12-QĐ/ĐU"; state bodies "45/QĐ-UBND". */
  party: boolean;
}

function org(key: string, bodies: readonly string[], suffix: string, docCode: string, party: boolean): Org {
  return { key, full: `${bodies[0]} ${suffix}`, bodies, suffix, docCode, party };
}

export const unitOf = (c: Commune): string => `${c.level} ${c.name}`;

/** The bodies of a commune. */
export function communeOrgs(c: Commune) {
  const u = unitOf(c);
  const k = c.key;
  return {
    party: org(`${k}:DU`, ['Đảng ủy'], u, 'ĐU', true),
    standing: org(`${k}:BTV`, ['Ban Thường vụ Đảng ủy'], u, 'ĐU', true),
    council: org(`${k}:HDND`, ['Hội đồng nhân dân', 'HĐND'], u, 'HĐND', false),
    committee: org(`${k}:UBND`, ['Ủy ban nhân dân', 'UBND'], u, 'UBND', false),
    front: org(`${k}:MT`, ['Ủy ban Mặt trận Tổ quốc Việt Nam', 'Ủy ban MTTQ Việt Nam'], u, 'MTTQ', false),
    frontBoard: org(`${k}:MTBTT`, ['Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam', 'Ban Thường trực Ủy ban MTTQ Việt Nam'], u, 'MTTQ-BTT', false),
    farmers: org(`${k}:HND`, ['Hội Nông dân'], u, 'HND', false),
    women: org(`${k}:HPN`, ['Hội Liên hiệp Phụ nữ', 'Hội LHPN'], u, 'HPN', false),
    veterans: org(`${k}:CCB`, ['Hội Cựu chiến binh'], u, 'CCB', false),
  };
}
export type CommuneOrgs = ReturnType<typeof communeOrgs>;

/** A Party cell of a village or an agency of the commune. */
export function cellOrg(c: Commune, place: string): Org {
  return org(`${c.key}:CB:${place}`, ['Chi bộ'], place, 'CB', true);
}

/** The bodies of a district (before districts were abolished on 1 July 2025). */
export function districtOrgs(d: District) {
  const k = d.key;
  const n = d.name;
  return {
    party: org(`${k}:HU`, ['Huyện ủy'], n, 'HU', true),
    standing: org(`${k}:BTVHU`, ['Ban Thường vụ Huyện ủy'], n, 'HU', true),
    inspection: org(`${k}:UBKT`, ['Ủy ban Kiểm tra Huyện ủy', 'UBKT Huyện ủy'], n, 'UBKTHU', true),
    organizing: org(`${k}:BTC`, ['Ban Tổ chức Huyện ủy'], n, 'BTCHU', true),
    mobilizing: org(`${k}:BDV`, ['Ban Dân vận Huyện ủy'], n, 'BDVHU', true),
    committee: org(`${k}:UBND`, ['Ủy ban nhân dân', 'UBND'], `huyện ${n}`, 'UBND', false),
    council: org(`${k}:HDND`, ['Hội đồng nhân dân', 'HĐND'], `huyện ${n}`, 'HĐND', false),
  };
}
export type DistrictOrgs = ReturnType<typeof districtOrgs>;

/** The bodies of a province. */
export function provinceOrgs(p: Province) {
  const k = p.key;
  const n = p.name;
  return {
    party: org(`${k}:TU`, ['Tỉnh ủy'], n, 'TU', true),
    standing: org(`${k}:BTVTU`, ['Ban Thường vụ Tỉnh ủy'], n, 'TU', true),
    inspection: org(`${k}:UBKT`, ['Ủy ban Kiểm tra Tỉnh ủy', 'UBKT Tỉnh ủy'], n, 'UBKTTU', true),
    organizing: org(`${k}:BTC`, ['Ban Tổ chức Tỉnh ủy'], n, 'BTCTU', true),
    mobilizing: org(`${k}:BDV`, ['Ban Dân vận Tỉnh ủy'], n, 'BDVTU', true),
    committee: org(`${k}:UBND`, ['Ủy ban nhân dân', 'UBND'], `tỉnh ${n}`, 'UBND', false),
    council: org(`${k}:HDND`, ['Hội đồng nhân dân', 'HĐND'], `tỉnh ${n}`, 'HĐND', false),
  };
}
export type ProvinceOrgs = ReturnType<typeof provinceOrgs>;
