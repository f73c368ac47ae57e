import type { ResolvedOrg } from '../resolve/complete-org';

/** Heads of a Party organization named after the body whose members it gathers ("Đảng bộ Ủy ban MTTQ Việt Nam tỉnh"). */
const PARTY_HEADS = ['Đảng bộ', 'Đảng ủy', 'Ban Chấp hành Đảng bộ'];

/**
 * Full names for a bare "Đảng ủy", "Đảng bộ", "Ban Chấp hành Đảng bộ" in an article about the Party
 * organization of one agency ("thành lập Đảng bộ Ủy ban MTTQ Việt Nam tỉnh ... giữ chức Bí thư Đảng ủy"):
 * each stands for that agency's, when the article names exactly one and the bare name found no unit.
 */
export function agencyCommitteeAliases(all: readonly ResolvedOrg[]): Map<string, string> {
  const agencies = new Set<string>();
  for (const o of all) if (PARTY_HEADS.includes(o.head) && o.inner && o.inner.kind !== 'PARTY_COMMITTEE') agencies.add(o.inner.name);
  const out = new Map<string, string>();
  if (agencies.size !== 1) return out;
  const [agency] = agencies;
  for (const head of PARTY_HEADS) out.set(head, `${head} ${agency}`);
  return out;
}
