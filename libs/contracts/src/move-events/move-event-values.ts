/** Every kind of move (DOMAIN.md), as literals: contracts import nothing of ours. */
export const ALL_MOVE_KINDS = [
  'LEVEL_TRANSFER',
  'PROMOTION',
  'LOAN',
  'SECONDMENT_OUT',
  'SECONDMENT_IN',
  'SHORT_ASSIGNMENT',
] as const;
