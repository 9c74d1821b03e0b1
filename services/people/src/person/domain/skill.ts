/** DDaT Capability Framework levels, lowest first: the order is what "at least Practitioner" compares. */
export const SKILL_LEVELS = ['AWARENESS', 'WORKING', 'PRACTITIONER', 'EXPERT'] as const;
export type SkillLevel = (typeof SKILL_LEVELS)[number];

export function skillLevelRank(level: SkillLevel): number {
  return SKILL_LEVELS.indexOf(level) + 1;
}

/** A skill a person claims, at a level, with one line of evidence. */
export interface PersonSkill {
  skillCode: string;
  level: SkillLevel;
  evidence: string;
  lastUsedOn?: string;
}
