/** Kinds of organization in the political system (Popolo `Organization.classification`). */
export const ORGANIZATION_KINDS = [
  'PARTY_COMMITTEE', // Tỉnh ủy, Huyện ủy, Đảng ủy xã, Ban Chấp hành Đảng bộ
  'PARTY_STANDING_BODY', // Ban Thường vụ, Thường trực ... ủy, and the committee's boards (Ban Tuyên giáo, UBKT, Văn phòng)
  'PARTY_CELL', // Chi bộ
  'FATHERLAND_FRONT', // Ủy ban MTTQ and its Ban Thường trực
  'PEOPLES_COUNCIL', // HĐND
  'PEOPLES_COMMITTEE', // UBND
  'MASS_ORGANIZATION', // Hội Nông dân, Hội LHPN, Đoàn Thanh niên, Hội Cựu chiến binh, Công đoàn
  'OTHER',
] as const;
export type OrganizationKind = (typeof ORGANIZATION_KINDS)[number];

/** Levels of administrative unit. Districts were abolished on 1 July 2025 but stay in the record. */
export const ADMIN_LEVELS = ['PROVINCE', 'DISTRICT', 'COMMUNE', 'WARD', 'TOWN', 'VILLAGE'] as const;
export type AdminLevel = (typeof ADMIN_LEVELS)[number];

/** Kinds of reported event (Popolo `Event.classification`). */
export const SESSION_KINDS = ['WORKING_SESSION', 'CONFERENCE', 'CONGRESS', 'INSPECTION', 'CEREMONY', 'OTHER'] as const;
export type SessionKind = (typeof SESSION_KINDS)[number];

/** Node labels of the graph, the same on every engine. */
export const NODE_LABELS = ['Person', 'Organization', 'AdminUnit', 'Session', 'LegalDocument', 'Article', 'Position'] as const;
export type NodeLabel = (typeof NODE_LABELS)[number];
