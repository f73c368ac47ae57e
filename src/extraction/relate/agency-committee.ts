import type { ResolvedOrg } from '../resolve/complete-org';

/** Heads of a Party organization named after the body whose members it gathers ("Đảng bộ Ủy ban MTTQ Việt Nam tỉnh"). */
const PARTY_HEADS = ['Đảng bộ', 'Đảng ủy', 'Ban Chấp hành Đảng bộ'];
/** A capitalized name after the head: an agency's ("Đảng bộ Bệnh viện ..."), not a unit's ("Đảng bộ xã ..."). */
const AGENCY_AFTER = /^ \p{Lu}/u;

/**
 * Full names for a bare "Đảng ủy", "Đảng bộ", "Ban Chấp hành Đảng bộ" in an article about the Party
 * organization of one agency ("thành lập Đảng bộ Ủy ban MTTQ Việt Nam tỉnh ... giữ chức Bí thư Đảng ủy"):
 * each stands for that agency's, when the article names exactly one and the bare name found no unit.
 */
export function agencyCommitteeAliases(all: readonly ResolvedOrg[]): Map<string, string> {
  const agencies = new Set<string>();
  for (const o of all) {
    if (!PARTY_HEADS.includes(o.head)) continue;
    if (o.inner && o.inner.kind !== 'PARTY_COMMITTEE') agencies.add(o.inner.name);
    // "Đảng bộ Bệnh viện Đa khoa huyện X", "Đảng bộ Công ty Cổ phần Y": an agency named by the rest of the name.
    else if (!o.inner && o.name.startsWith(o.head) && AGENCY_AFTER.test(o.name.slice(o.head.length))) agencies.add(o.name.slice(o.head.length + 1));
  }
  // "Đảng bộ Bệnh viện" in a heading is the "Đảng bộ Bệnh viện Đa khoa huyện X" of the text: a name another opens with is that one.
  const named = [...agencies].filter((a) => ![...agencies].some((b) => b !== a && b.startsWith(`${a} `)));
  const out = new Map<string, string>();
  if (named.length !== 1) return out;
  const [agency] = named;
  for (const head of PARTY_HEADS) out.set(head, `${head} ${agency}`);
  return out;
}
