import { HIGHLAND_FIRST, HIGHLAND_SECOND, PLACE_FIRST, PLACE_SECOND, SCHOOL_KINDS } from './lexicon';
import { Rng } from './prng';

/**
 * The generated geography: provinces, districts, communes and villages whose
 * names are derived from (seed, position), so any article can refer to any
 * place without the world being held in memory. Only the per-level name
 * lists are cached, and their number is capped by the world's shape.
 */
export interface Province { key: string; index: number; name: string; highland: boolean }
export interface District { key: string; province: Province; index: number; name: string }
export interface Commune {
  key: string;
  district: District;
  index: number;
  name: string;
  level: 'xã' | 'phường' | 'thị trấn';
  villages: string[]; // "thôn Đông Hòa", "bản Nà Phai", "tổ dân phố số 3"
  agencies: string[]; // cells of agencies: "cơ quan Ủy ban nhân dân xã X", "Trường Tiểu học X"
}

export interface WorldShape { provinces: number; districtsPerProvince: number; communesPerDistrict: number }

/** About twenty articles per commune over the seven years, within fixed bounds. */
export function shapeFor(articles: number): WorldShape {
  const provinces = Math.min(40, Math.max(4, Math.round(articles / 2500)));
  const districtsPerProvince = 8;
  const communesPerDistrict = Math.min(30, Math.max(4, Math.ceil(articles / (provinces * districtsPerProvince * 20))));
  return { provinces, districtsPerProvince, communesPerDistrict };
}

export class World {
  readonly provinces: Province[];
  private readonly districtCache = new Map<number, District[]>();
  private readonly communeCache = new Map<string, Commune[]>();

  constructor(readonly seed: number, readonly shape: WorldShape) {
    const names = distinctNames(Rng.of(seed, 'provinces'), shape.provinces);
    this.provinces = names.map((name, index) => ({ key: `P${index}`, index, name, highland: index % 3 === 0 }));
  }

  districts(province: Province): District[] {
    let list = this.districtCache.get(province.index);
    if (!list) {
      const names = distinctNames(Rng.of(this.seed, `districts|${province.key}`), this.shape.districtsPerProvince, [province.name]);
      list = names.map((name, index) => ({ key: `${province.key}D${index}`, province, index, name }));
      this.districtCache.set(province.index, list);
    }
    return list;
  }

  communes(district: District): Commune[] {
    let list = this.communeCache.get(district.key);
    if (!list) {
      const rng = Rng.of(this.seed, `communes|${district.key}`);
      const names = distinctNames(rng, this.shape.communesPerDistrict, [district.name]);
      list = names.map((name, index) => this.makeCommune(district, index, name));
      this.communeCache.set(district.key, list);
    }
    return list;
  }

  /** A commune picked uniformly over the world. */
  randomCommune(rng: Rng): Commune {
    const province = rng.pick(this.provinces);
    return rng.pick(this.communes(rng.pick(this.districts(province))));
  }

  private makeCommune(district: District, index: number, name: string): Commune {
    const key = `${district.key}C${index}`;
    const rng = Rng.of(this.seed, `commune|${key}`);
    const level = index === 0 ? 'thị trấn' : rng.chance(0.12) ? 'phường' : 'xã';
    const villages = makeVillages(rng, district.province.highland, level);
    const unit = `${level} ${name}`;
    const agencies = [
      `cơ quan Ủy ban nhân dân ${unit}`,
      `cơ quan Ủy ban Mặt trận Tổ quốc Việt Nam ${unit}`,
      `Quân sự ${unit}`,
      `Công an ${unit}`,
      `${rng.pick(SCHOOL_KINDS)} ${name}`,
    ];
    return { key, district, index, name, level, villages, agencies };
  }
}

/** `count` distinct two-syllable names, avoiding `taken`. */
function distinctNames(rng: Rng, count: number, taken: string[] = []): string[] {
  const seen = new Set(taken);
  const out: string[] = [];
  for (let attempt = 0; out.length < count && attempt < count * 50; attempt++) {
    const a = rng.pick(PLACE_FIRST);
    const b = rng.pick(PLACE_SECOND);
    const name = `${a} ${b}`;
    if (a === b || seen.has(name)) continue;
    seen.add(name);
    out.push(name);
  }
  return out;
}

function makeVillages(rng: Rng, highland: boolean, level: Commune['level']): string[] {
  const count = rng.int(5, 10);
  const out = new Set<string>();
  for (let i = 0; out.size < count && i < 60; i++) {
    if (level !== 'xã') out.add(`tổ dân phố số ${rng.int(1, 15)}`);
    else if (highland && rng.chance(0.6)) out.add(`bản ${rng.pick(HIGHLAND_FIRST)} ${rng.pick(HIGHLAND_SECOND)}`);
    else if (rng.chance(0.2)) out.add(`thôn ${rng.int(1, 12)}`);
    else out.add(`thôn ${rng.pick(PLACE_FIRST)} ${rng.pick(PLACE_SECOND)}`);
  }
  return [...out];
}
