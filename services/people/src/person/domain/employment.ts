/** How a person is employed. An inward secondee comes from an outside organisation and goes back to it. */
export const EMPLOYMENT_TYPES = ['PERMANENT', 'FIXED_TERM', 'INWARD_SECONDEE'] as const;
export type EmploymentType = (typeof EMPLOYMENT_TYPES)[number];

/** The kinds of move a person can say they want (a secondment in is not theirs to want: it is how they arrived). */
export const MOVE_KINDS = [
  'LEVEL_TRANSFER',
  'PROMOTION',
  'LOAN',
  'SECONDMENT_OUT',
  'SHORT_ASSIGNMENT',
] as const;
export type MoveKind = (typeof MOVE_KINDS)[number];
