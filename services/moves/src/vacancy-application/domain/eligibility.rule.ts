/** Orders from the reference data (grades lowest first, clearances weakest first): passed in, never hard-coded. */
export interface ReferenceOrders {
  grades: readonly string[];
  clearanceLevels: readonly string[];
}

export interface Applicant {
  departmentCode: string;
  grade: string;
  status: string;
  securityClearance?: string;
}

export interface AdvertisedVacancy {
  departmentCode: string;
  grade: string;
  status: string;
  moveKinds: readonly string[];
  visibility: string;
  closingDate: string;
  clearanceRequired?: string;
}

export type IneligibilityReason =
  | 'VACANCY_NOT_OPEN'
  | 'NOT_VISIBLE'
  | 'KIND_NOT_OFFERED'
  | 'GRADE_MISMATCH'
  | 'NOT_ONE_GRADE_UP'
  | 'CLEARANCE_NOT_HELD'
  | 'PERSON_LEFT'
  | 'SAME_DEPARTMENT';

/**
 * Why this person may not apply for this vacancy as this kind of move; empty when they may. Every reason is listed,
 * so the applicant learns all of them at once. DOMAIN.md: same grade for a level transfer or loan, one grade up only
 * for a promotion, clearance held, not closed.
 */
export function ineligibilityReasons(
  person: Applicant,
  vacancy: AdvertisedVacancy,
  kind: string,
  today: string,
  orders: ReferenceOrders,
): IneligibilityReason[] {
  const reasons: IneligibilityReason[] = [];
  if (person.status === 'LEFT') reasons.push('PERSON_LEFT');
  if (vacancy.status !== 'OPEN' || vacancy.closingDate < today) reasons.push('VACANCY_NOT_OPEN');
  if (vacancy.visibility === 'OWN_DEPARTMENT' && vacancy.departmentCode !== person.departmentCode)
    reasons.push('NOT_VISIBLE');
  if (!vacancy.moveKinds.includes(kind)) reasons.push('KIND_NOT_OFFERED');
  const personRank = orders.grades.indexOf(person.grade);
  const vacancyRank = orders.grades.indexOf(vacancy.grade);
  if (kind === 'PROMOTION') {
    if (personRank < 0 || vacancyRank !== personRank + 1) reasons.push('NOT_ONE_GRADE_UP');
  } else if (kind === 'LEVEL_TRANSFER' || kind === 'LOAN') {
    if (personRank < 0 || vacancyRank !== personRank) reasons.push('GRADE_MISMATCH');
  }
  // A transfer or loan is to another department; a promotion may be won at home, in open competition.
  if ((kind === 'LEVEL_TRANSFER' || kind === 'LOAN') && vacancy.departmentCode === person.departmentCode)
    reasons.push('SAME_DEPARTMENT');
  if (vacancy.clearanceRequired !== undefined) {
    const held =
      person.securityClearance === undefined ? -1 : orders.clearanceLevels.indexOf(person.securityClearance);
    if (held < orders.clearanceLevels.indexOf(vacancy.clearanceRequired)) reasons.push('CLEARANCE_NOT_HELD');
  }
  return reasons;
}
