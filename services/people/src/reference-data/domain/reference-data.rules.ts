import { ReferenceDataRuleViolation } from './reference-data.errors';
import { Grade, Profession, PROFESSION_GROUPS, Skill, SpecialistTrack } from './reference-data.types';

// Upper-case segments joined by dots: the first names the framework's family, the last the skill.
const SKILL_CODE = /^[A-Z][A-Z0-9_]*(\.[A-Z][A-Z0-9_]*){1,3}$/;
const FRAMEWORK = /^[A-Z][A-Z0-9_]{1,31}$/;
const TRACK_CODE = /^[A-Z][A-Z0-9_]*(\.[A-Z][A-Z0-9_]*)*$/;
/** Our bounds, not policy: a month is the unit of an assignment, ten years is longer than any published term. */
export const MINIMUM_ASSIGNMENT_MONTHS = { min: 1, max: 120 } as const;

function requireText(value: string, field: string, max: number): string {
  const trimmed = value.trim();
  if (trimmed.length === 0 || trimmed.length > max)
    throw new ReferenceDataRuleViolation(
      'REFERENCE_DATA.NAME_REQUIRED',
      field,
      `${field} must be 1 to ${max} characters`,
    );
  return trimmed;
}

export function newProfession(name: string, group: string): Profession {
  const trimmed = name.trim();
  if (trimmed.length === 0 || trimmed.length > 64 || /\s{2,}/.test(trimmed))
    throw new ReferenceDataRuleViolation(
      'REFERENCE_DATA.INVALID_PROFESSION_NAME',
      'name',
      'A profession name is 1 to 64 characters, single-spaced',
    );
  if (!(PROFESSION_GROUPS as readonly string[]).includes(group))
    throw new ReferenceDataRuleViolation(
      'REFERENCE_DATA.UNKNOWN_PROFESSION_GROUP',
      'group',
      `group must be one of ${PROFESSION_GROUPS.join(', ')}`,
    );
  return { name: trimmed, group: group as Profession['group'] };
}

export function newSkill(skill: Skill): Skill {
  if (!SKILL_CODE.test(skill.code) || skill.code.length > 96)
    throw new ReferenceDataRuleViolation(
      'REFERENCE_DATA.INVALID_SKILL_CODE',
      'code',
      'A skill code is 2 to 4 upper-case segments joined by dots, e.g. DDAT.DATA_SCIENCE.DATA_MODELLING',
    );
  if (!FRAMEWORK.test(skill.framework))
    throw new ReferenceDataRuleViolation(
      'REFERENCE_DATA.INVALID_FRAMEWORK',
      'framework',
      'A framework is 2 to 32 upper-case letters, digits or underscores, e.g. DDAT',
    );
  // Behaviours are the Success Profiles' nine (or their successors): one namespace, so vacancies can pick them.
  if ((skill.kind === 'BEHAVIOUR') !== skill.code.startsWith('BEHAVIOUR.'))
    throw new ReferenceDataRuleViolation(
      'REFERENCE_DATA.BEHAVIOUR_CODE_MISMATCH',
      'code',
      'Behaviours, and only behaviours, have codes starting BEHAVIOUR.',
    );
  return {
    code: skill.code,
    name: requireText(skill.name, 'name', 120),
    kind: skill.kind,
    framework: skill.framework,
    ...(skill.role === undefined ? {} : { role: requireText(skill.role, 'role', 64) }),
  };
}

export function checkMinimumAssignmentMonths(months: number): number {
  if (
    !Number.isInteger(months) ||
    months < MINIMUM_ASSIGNMENT_MONTHS.min ||
    months > MINIMUM_ASSIGNMENT_MONTHS.max
  )
    throw new ReferenceDataRuleViolation(
      'REFERENCE_DATA.MINIMUM_MONTHS_OUT_OF_RANGE',
      'minimumAssignmentMonths',
      `minimumAssignmentMonths must be a whole number from ${MINIMUM_ASSIGNMENT_MONTHS.min} to ${MINIMUM_ASSIGNMENT_MONTHS.max}`,
    );
  return months;
}

/**
 * A track's ladder climbs one grade at a time: a promotion is one grade up (DOMAIN.md), and a promotion along the
 * person's own track is the tenure exception, so every step must be a promotion.
 */
export function checkGradeLadder(ladder: readonly string[], grades: readonly Grade[]): string[] {
  const rankOf = new Map(grades.map((grade) => [grade.code, grade.rank]));
  const unknown = ladder.filter((code) => !rankOf.has(code));
  if (ladder.length === 0 || unknown.length > 0)
    throw new ReferenceDataRuleViolation(
      'REFERENCE_DATA.UNKNOWN_GRADE',
      'gradeLadder',
      ladder.length === 0 ? 'gradeLadder needs at least one grade' : `Unknown grades: ${unknown.join(', ')}`,
    );
  for (let step = 1; step < ladder.length; step++) {
    if (rankOf.get(ladder[step])! !== rankOf.get(ladder[step - 1])! + 1)
      throw new ReferenceDataRuleViolation(
        'REFERENCE_DATA.LADDER_NOT_CONSECUTIVE',
        'gradeLadder',
        `${ladder[step - 1]} -> ${ladder[step]} is not one grade up; a ladder climbs one grade at a time, lowest first`,
      );
  }
  return [...ladder];
}

export function newSpecialistTrack(track: SpecialistTrack, grades: readonly Grade[]): SpecialistTrack {
  if (!TRACK_CODE.test(track.code) || track.code.length > 64)
    throw new ReferenceDataRuleViolation(
      'REFERENCE_DATA.INVALID_TRACK_CODE',
      'code',
      'A track code is upper-case segments joined by dots, e.g. DDAT.DATA_SCIENCE',
    );
  return {
    code: track.code,
    profession: requireText(track.profession, 'profession', 64),
    specialism: requireText(track.specialism, 'specialism', 100),
    gradeLadder: checkGradeLadder(track.gradeLadder, grades),
    minimumAssignmentMonths: checkMinimumAssignmentMonths(track.minimumAssignmentMonths),
  };
}

/** Lowest first, whatever order storage returned them in. */
export function byRank<T extends { rank: number }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => a.rank - b.rank);
}
