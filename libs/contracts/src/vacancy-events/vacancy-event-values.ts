/** Values vacancy events carry, as literals: contracts import nothing of ours, so these mirror the vacancies domain. */
export const VACANCY_STATUSES = ['DRAFT', 'OPEN', 'CLOSED', 'FILLED', 'CANCELLED'] as const;
/** The kinds of move a vacancy can be filled by (DOMAIN.md). SECONDMENT_OUT is a person leaving: never advertised. */
export const VACANCY_MOVE_KINDS = [
  'LEVEL_TRANSFER',
  'PROMOTION',
  'LOAN',
  'SECONDMENT_IN',
  'SHORT_ASSIGNMENT',
] as const;
/** ALL_DEPARTMENTS: every civil servant may see it; OWN_DEPARTMENT: only the advertising department's people. */
export const VACANCY_VISIBILITIES = ['ALL_DEPARTMENTS', 'OWN_DEPARTMENT'] as const;
export const REQUIRED_SKILL_LEVELS = ['AWARENESS', 'WORKING', 'PRACTITIONER', 'EXPERT'] as const;
/** Why vacancies refused to reserve a post for a move: what the moves service records on the refused move. */
export const POST_RESERVATION_REFUSAL_REASONS = [
  'NO_POSTS_LEFT',
  'VACANCY_NOT_FOUND',
  'VACANCY_NOT_OPEN',
] as const;
