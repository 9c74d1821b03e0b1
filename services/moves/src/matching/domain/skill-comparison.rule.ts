import { SkillComparison } from './match.types';

/**
 * Each skill the opportunity asks for against the level the person holds (`levels` lowest first). The gap counts
 * levels short: holding WORKING where PRACTITIONER is asked is 1; a skill not held at all is one more than its level's
 * rank (AWARENESS not held is 1, EXPERT not held is 4), as if "none" sat below AWARENESS. Met skills have gap 0.
 * Comparison is in the opportunity's order, so the explanation lists skills as the advert does.
 */
export function compareSkills(
  held: readonly { skillCode: string; level: string }[],
  required: readonly { skillCode: string; minimumLevel: string; essential: boolean }[],
  levels: readonly string[],
): SkillComparison[] {
  const heldLevel = new Map(held.map((skill) => [skill.skillCode.toUpperCase(), skill.level]));
  return required.map(({ skillCode, minimumLevel, essential }) => {
    const level = heldLevel.get(skillCode.toUpperCase());
    const requiredRank = levels.indexOf(minimumLevel);
    const heldRank = level === undefined ? -1 : levels.indexOf(level);
    const levelGap = Math.max(0, requiredRank - heldRank);
    return {
      skillCode,
      required: minimumLevel,
      ...(level !== undefined ? { held: level } : {}),
      levelGap,
      essential,
    };
  });
}
