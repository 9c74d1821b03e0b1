import { Skill } from '../domain/reference-data.types';

/** The most a single `skills` query returns: the library holds thousands of skills once other frameworks join. */
export const MAX_SKILLS_PAGE = 100;
export const DEFAULT_SKILLS_PAGE = 50;

export interface SkillSearch {
  /** Case-insensitive, anywhere in the name or the code. */
  search?: string;
  framework?: string;
  first?: number;
}

/**
 * Skills matching the search, at most `first` (bounded by MAX_SKILLS_PAGE): exact names first, then names (or the
 * code's last segment) starting with the search, then the rest, each in code order. So `data` finds "Data modelling"
 * before "Metadata management".
 */
export function searchSkills(skills: readonly Skill[], criteria: SkillSearch): Skill[] {
  const limit = Math.min(Math.max(criteria.first ?? DEFAULT_SKILLS_PAGE, 1), MAX_SKILLS_PAGE);
  const needle = criteria.search?.trim().toLowerCase() ?? '';
  const framework = criteria.framework?.trim().toUpperCase();
  const ranked: { skill: Skill; rank: number }[] = [];
  for (const skill of skills) {
    if (framework && skill.framework !== framework) continue;
    const rank = rankOf(skill, needle);
    if (rank !== undefined) ranked.push({ skill, rank });
  }
  return ranked
    .sort((a, b) => a.rank - b.rank || a.skill.code.localeCompare(b.skill.code))
    .slice(0, limit)
    .map(({ skill }) => skill);
}

function rankOf(skill: Skill, needle: string): number | undefined {
  if (needle === '') return 0;
  const name = skill.name.toLowerCase();
  const code = skill.code.toLowerCase();
  const asCode = needle.replace(/\s+/g, '_');
  const last = code.slice(code.lastIndexOf('.') + 1);
  if (name === needle || last === asCode) return 0;
  if (name.startsWith(needle) || last.startsWith(asCode)) return 1;
  if (name.includes(needle) || code.includes(asCode)) return 2;
  return undefined;
}
