/** The roles of SPEC §5, granted on a unit (and optionally its subtree). */
export const ROLES = [
  'admin',
  'assigner',
  'head',
  'delegate',
  'appraiser',
  'supporter',
  'council_member',
  'viewer',
] as const;
export type Role = (typeof ROLES)[number];
