/** Values people events carry, as literals: contracts import nothing of ours, so these mirror the people domain. */
export const PERSON_STATUSES = ['ACTIVE', 'ON_LOAN', 'ON_SECONDMENT', 'LEFT'] as const;
export const EMPLOYMENT_TYPES = ['PERMANENT', 'FIXED_TERM', 'INWARD_SECONDEE'] as const;
export const SKILL_LEVELS = ['AWARENESS', 'WORKING', 'PRACTITIONER', 'EXPERT'] as const;
export const MOVE_KINDS = [
  'LEVEL_TRANSFER',
  'PROMOTION',
  'LOAN',
  'SECONDMENT_OUT',
  'SHORT_ASSIGNMENT',
] as const;
