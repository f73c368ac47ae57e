import { labelOfId } from '../domain/ids';
import type { AdminUnitRecord } from '../store/records';
import type { GraphStore } from '../store/store.port';

/**
 * Finds the unit `--admin-unit` names: an id (`adm_...`), or a name typed
 * with or without diacritics ("xã Lộc Bình", "loc binh"). One unit, or the
 * candidates when the name is ambiguous (none when nothing matches).
 */
export async function resolveAdminUnit(
  store: GraphStore, ref: string,
): Promise<{ unit: AdminUnitRecord } | { candidates: AdminUnitRecord[] }> {
  if (labelOfId(ref) === 'AdminUnit') {
    const unit = (await store.getNodes('AdminUnit', [ref])).get(ref);
    return unit ? { unit } : { candidates: [] };
  }
  const hits = await store.search(ref, ['AdminUnit'], 10);
  const units = hits.map((h) => h.node).filter((n): n is AdminUnitRecord => n.label === 'AdminUnit');
  const exact = units.filter((u) => fold(u.name) === fold(ref) || fold(u.name).endsWith(` ${fold(ref)}`));
  if (exact.length === 1) return { unit: exact[0] };
  if (units.length === 1) return { unit: units[0] };
  return { candidates: exact.length > 1 ? exact : units };
}

/** Case and diacritics folded, for comparing what a person typed: "Lộc Bình" -> "loc binh". */
function fold(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase().replace(/\s+/g, ' ').trim();
}
