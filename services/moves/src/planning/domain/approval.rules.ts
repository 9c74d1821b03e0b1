import { PlannedMove } from './reallocation';

/** Why approving a plan did not propose one of its moves: the world changed between planning and approval. */
export type SkipReason =
  'PERSON_UNKNOWN' | 'PERSON_LEFT' | 'PERSON_MOVED' | 'AWAY' | 'ON_A_MOVE' | 'VACANCY_NOT_OPEN';

/** The person as they stand at approval. */
export interface PersonAtApproval {
  departmentCode: string;
  profession: string;
  grade: string;
  status: string;
  onLiveMove: boolean;
}

/**
 * Whether a planned move can still be proposed, or why not. Approval skips such a move with its reason rather than
 * refusing the whole plan: the rest of the plan is still the best use of the others (removing a move never breaks a
 * release limit), and the planner sees exactly what was left out.
 */
export function skipReason(
  move: Pick<PlannedMove<unknown>, 'homeDepartmentCode' | 'profession' | 'grade' | 'source'>,
  person: PersonAtApproval | undefined,
  vacancyStatus: string | undefined,
): SkipReason | undefined {
  if (!person) return 'PERSON_UNKNOWN';
  if (person.status === 'LEFT') return 'PERSON_LEFT';
  if (
    person.departmentCode !== move.homeDepartmentCode ||
    person.grade !== move.grade ||
    person.profession !== move.profession
  )
    return 'PERSON_MOVED';
  if (person.status !== 'ACTIVE') return 'AWAY';
  if (person.onLiveMove) return 'ON_A_MOVE';
  // As a planner's proposal allows: selection goes on after the closing date, a filled or cancelled post is gone.
  if (move.source === 'VACANCY' && !['OPEN', 'CLOSED'].includes(vacancyStatus ?? 'UNKNOWN'))
    return 'VACANCY_NOT_OPEN';
  return undefined;
}
