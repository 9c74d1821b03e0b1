import { daysBetween, eligibleFrom, isInSpecialism } from './eligible-from.rule';
import { gradeFit, moveKindFor } from './grade-fit.rule';
import { locationFit } from './location-fit.rule';
import {
  CREDIT_PER_LEVEL_SHORT,
  DESIRABLE_SKILL_WEIGHT,
  ELIGIBILITY_HORIZON_DAYS,
  ESSENTIAL_SKILL_WEIGHT,
  LOCATION_CREDIT,
  MATCH_WEIGHTS,
  MatchComponent,
  PREFERENCE_CREDIT,
} from './match-weights';
import { Match, MatchContext, MatchOpportunity, MatchPerson, SkillComparison } from './match.types';
import { compareSkills } from './skill-comparison.rule';
import { DDAT_SKILL_LEVELS } from './skill-levels';

/**
 * How well a person fits an opportunity, with the reasons, or undefined when it is no match at all and must never be
 * shown. Pure and deterministic: the same person, opportunity and context always give the same match.
 *
 * No match when any of these holds (each is a reason the person could not apply, eligibility.rule.ts):
 * the person has left; the opportunity closed before today; it is advertised to its own department only and the person
 * works elsewhere; the grades do not fit (same grade, or one grade up for a promotion); it offers no kind of move the
 * person could take at that grade from their department; it needs a higher security clearance than they hold (a
 * clearance is a condition of appointment, so a penalised match would only invite an application that is refused);
 * or someone of another department is looking (`viewerDepartment`) and the person has not consented to share their
 * profile across departments.
 *
 * Otherwise the score is the sum of the components' points (match-weights.ts; README, "How matches are ranked"), each
 * in whole thousandths, so the score has three decimals and anyone can recompute it from `explanation.points`.
 */
export function scoreMatch(
  person: MatchPerson,
  opportunity: MatchOpportunity,
  context: MatchContext,
): Match | undefined {
  const { today, orders, viewerDepartment } = context;
  if (person.status === 'LEFT') return undefined;
  if (opportunity.closingDate !== undefined && opportunity.closingDate < today) return undefined;
  const sameDepartment = opportunity.departmentCode === person.departmentCode;
  if (opportunity.visibility === 'OWN_DEPARTMENT' && !sameDepartment) return undefined;
  if (
    viewerDepartment !== undefined &&
    viewerDepartment !== person.departmentCode &&
    !person.shareProfileAcrossDepartments
  )
    return undefined;
  const fit = gradeFit(person.grade, opportunity.grade, orders.grades);
  const moveKind = moveKindFor(fit, opportunity.moveKinds, person.moveKindsWanted, sameDepartment);
  if (moveKind === undefined) return undefined;
  if (!holdsClearance(person.securityClearance, opportunity.clearanceRequired, orders.clearanceLevels))
    return undefined;

  const skills = compareSkills(
    person.skills,
    opportunity.requiredSkills,
    orders.skillLevels ?? DDAT_SKILL_LEVELS,
  );
  const from = eligibleFrom(person, opportunity, moveKind, today);
  const location = locationFit(person, opportunity);
  const specialismAligned = isInSpecialism(person, opportunity);
  const points: Record<MatchComponent, number> = {
    skills: share('skills', skillCredit(skills)),
    grade: MATCH_WEIGHTS.grade,
    profession: share(
      'profession',
      opportunity.profession === person.profession || specialismAligned ? 1 : 0,
    ),
    specialism: share('specialism', specialismAligned ? 1 : 0),
    location: share('location', LOCATION_CREDIT[location]),
    eligibility: eligibilityPoints(today, from),
    moveKind: share('moveKind', preference(person.moveKindsWanted, moveKind)),
    department: share(
      'department',
      sameDepartment && !person.departmentsWanted.includes(opportunity.departmentCode)
        ? PREFERENCE_CREDIT.NO_PREFERENCE
        : preference(person.departmentsWanted, opportunity.departmentCode),
    ),
    development: share(
      'development',
      opportunity.requiredSkills.some(({ skillCode }) => wantsToDevelop(person, skillCode)) ? 1 : 0,
    ),
  };
  const thousandths = Object.values(points).reduce((sum, value) => sum + value, 0);
  return {
    score: thousandths / 1000,
    explanation: {
      skillsMet: skills.filter((skill) => skill.levelGap === 0),
      skillsMissing: skills.filter((skill) => skill.levelGap > 0),
      behaviours: [...opportunity.behaviours],
      gradeFit: fit,
      moveKind,
      specialismAligned,
      locationFit: location,
      clearanceMet: true,
      eligibleFrom: from,
      points: Object.fromEntries(
        Object.entries(points).map(([component, value]) => [component, value / 1000]),
      ),
    },
  };
}

/** Eligibility's points (thousandths) for someone free to move from `from`: all today, none a horizon away. */
export function eligibilityPoints(today: string, from: string): number {
  return share('eligibility', Math.max(0, 1 - daysBetween(today, from) / ELIGIBILITY_HORIZON_DAYS));
}

/** A component's points in whole thousandths: its weight times the credit earned (0 to 1), rounded half up. */
function share(component: MatchComponent, credit: number): number {
  return Math.round(MATCH_WEIGHTS[component] * credit);
}

/**
 * The weighted share of the asked-for skills the person brings: each skill earns 1 when met, half per level short when
 * held below the level, nothing when not held; essential skills weigh twice desirable ones. Asking for no skills
 * leaves nothing missing: full credit.
 */
function skillCredit(skills: readonly SkillComparison[]): number {
  if (skills.length === 0) return 1;
  let earned = 0;
  let possible = 0;
  for (const skill of skills) {
    const weight = skill.essential ? ESSENTIAL_SKILL_WEIGHT : DESIRABLE_SKILL_WEIGHT;
    possible += weight;
    if (skill.held !== undefined) earned += weight * CREDIT_PER_LEVEL_SHORT ** skill.levelGap;
  }
  return earned / possible;
}

function preference(wanted: readonly string[], value: string): number {
  if (wanted.length === 0) return PREFERENCE_CREDIT.NO_PREFERENCE;
  return wanted.includes(value) ? PREFERENCE_CREDIT.WANTED : PREFERENCE_CREDIT.OTHER;
}

function wantsToDevelop(person: MatchPerson, skillCode: string): boolean {
  const code = skillCode.toUpperCase();
  return person.skillsToDevelop.some((wanted) => wanted.toUpperCase() === code);
}

/** As eligibility.rule.ts judges it: nothing asked, or a clearance held at least as strong. */
function holdsClearance(
  held: string | undefined,
  required: string | undefined,
  levels: readonly string[],
): boolean {
  if (required === undefined) return true;
  const heldRank = held === undefined ? -1 : levels.indexOf(held);
  return heldRank >= levels.indexOf(required);
}
