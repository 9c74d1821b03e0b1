/** gov.uk "Government professions" sorts the professions into these four kinds. */
export const PROFESSION_GROUPS = ['OPERATIONAL_DELIVERY', 'POLICY', 'FUNCTIONAL', 'SPECIALIST'] as const;
export type ProfessionGroup = (typeof PROFESSION_GROUPS)[number];

export interface Profession {
  /** The identifier people and vacancies use, exactly as gov.uk writes it: 'Digital, Data and Technology'. */
  name: string;
  group: ProfessionGroup;
}

/** A skill of a capability framework, or one of the Success Profiles behaviours. */
export const SKILL_KINDS = ['SKILL', 'BEHAVIOUR'] as const;
export type SkillKind = (typeof SKILL_KINDS)[number];

export interface Skill {
  /** Stable, never reused: `DDAT.DATA_SCIENCE.DATA_MODELLING`, `BEHAVIOUR.SEEING_THE_BIG_PICTURE`. */
  code: string;
  name: string;
  kind: SkillKind;
  /** The framework defining it: `DDAT`, `SUCCESS_PROFILES`, or another profession's (`GES`, `GSS`...). */
  framework: string;
  /** The framework's role the skill belongs to (`Data scientist`), when it has roles. */
  role?: string;
}

export interface Grade {
  code: string;
  name: string;
  /** 1 for the lowest grade. */
  rank: number;
  minimumAssignmentMonths?: number;
}

export interface ClearanceLevel {
  code: string;
  name: string;
  /** 1 for the lowest level. */
  rank: number;
}

export interface SpecialistTrack {
  code: string;
  profession: string;
  specialism: string;
  /** Grade codes lowest first. */
  gradeLadder: string[];
  minimumAssignmentMonths: number;
}
