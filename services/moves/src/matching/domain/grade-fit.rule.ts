import { GradeFit } from './match.types';

/**
 * DOMAIN.md, kinds of move: the same grade is a level transfer, a loan or a short assignment; one grade up only a
 * promotion, which comes only through an advertised vacancy; anything else is no match at all. An unknown grade on
 * either side is no fit (reference data, not a guess).
 */
export function gradeFit(personGrade: string, opportunityGrade: string, grades: readonly string[]): GradeFit {
  const person = grades.indexOf(personGrade);
  const opportunity = grades.indexOf(opportunityGrade);
  if (person < 0 || opportunity < 0) return 'NO_FIT';
  if (opportunity === person) return 'SAME_GRADE';
  if (opportunity === person + 1) return 'ONE_GRADE_UP';
  return 'NO_FIT';
}

// Best first: a permanent move before a temporary one. SECONDMENT_IN places outside experts, never a civil servant.
const KINDS_BY_FIT: Record<Exclude<GradeFit, 'NO_FIT'>, readonly string[]> = {
  SAME_GRADE: ['LEVEL_TRANSFER', 'LOAN', 'SHORT_ASSIGNMENT'],
  ONE_GRADE_UP: ['PROMOTION'],
};
// A transfer or a loan is to another department (eligibility.rule: SAME_DEPARTMENT); a promotion or a short
// assignment may be at home.
const OTHER_DEPARTMENT_ONLY = ['LEVEL_TRANSFER', 'LOAN'];

/**
 * The kind of move this match would be: of the kinds the opportunity offers and the person could take, the first the
 * person wants, else the first in KINDS_BY_FIT's order; undefined when there is none (no match).
 */
export function moveKindFor(
  fit: GradeFit,
  offered: readonly string[],
  wanted: readonly string[],
  sameDepartment: boolean,
): string | undefined {
  if (fit === 'NO_FIT') return undefined;
  const possible = KINDS_BY_FIT[fit].filter(
    (kind) => offered.includes(kind) && !(sameDepartment && OTHER_DEPARTMENT_ONLY.includes(kind)),
  );
  return possible.find((kind) => wanted.includes(kind)) ?? possible[0];
}
