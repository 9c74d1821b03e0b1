/** Kinds of move a vacancy can be filled by (DOMAIN.md). SECONDMENT_OUT is a person leaving, never advertised. */
export const VACANCY_MOVE_KINDS = [
  'LEVEL_TRANSFER',
  'PROMOTION',
  'LOAN',
  'SECONDMENT_IN',
  'SHORT_ASSIGNMENT',
] as const;
export type VacancyMoveKind = (typeof VACANCY_MOVE_KINDS)[number];

/** Temporary kinds: the move ends, so the vacancy says how long it lasts. */
export const TEMPORARY_MOVE_KINDS: readonly VacancyMoveKind[] = ['LOAN', 'SECONDMENT_IN', 'SHORT_ASSIGNMENT'];

/** DDaT Capability Framework skill levels, lowest first. */
export const SKILL_LEVELS = ['AWARENESS', 'WORKING', 'PRACTITIONER', 'EXPERT'] as const;
export type SkillLevel = (typeof SKILL_LEVELS)[number];

/** National security vetting, lowest first. */
export const CLEARANCES = ['BPSS', 'CTC', 'SC', 'DV'] as const;
export type Clearance = (typeof CLEARANCES)[number];

/** The nine Success Profiles behaviours; a vacancy assesses a subset. */
export const BEHAVIOURS = [
  'Seeing the Big Picture',
  'Changing and Improving',
  'Making Effective Decisions',
  'Leadership',
  'Communicating and Influencing',
  'Working Together',
  'Developing Self and Others',
  'Managing a Quality Service',
  'Delivering at Pace',
] as const;
export type Behaviour = (typeof BEHAVIOURS)[number];

export const VACANCY_VISIBILITIES = ['ALL_DEPARTMENTS', 'OWN_DEPARTMENT'] as const;
export type VacancyVisibility = (typeof VACANCY_VISIBILITIES)[number];

export interface RequiredSkill {
  skillCode: string;
  minimumLevel: SkillLevel;
  /** Essential (a must) or desirable (counts in matching only). */
  essential: boolean;
}

export const isOneOf = <T extends string>(values: readonly T[], value: string): value is T =>
  (values as readonly string[]).includes(value);
