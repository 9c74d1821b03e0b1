import { LineKey } from './plan-scope';

/** A person as a plan weighs them: where they are now, and what decides whether they may be moved. */
export interface PlanCandidate extends LineKey {
  personId: string;
  /** People's status: ACTIVE, ON_LOAN, ON_SECONDMENT or LEFT. */
  status: string;
  fte: number;
  openToMove: boolean;
  /** When their minimum expected assignment ends (people computes it): a move starting earlier is held. */
  minimumTermEndsOn?: string;
  /** Their own earliest date for a move (mobility preferences). */
  earliestMoveOn?: string;
  /** On a move that is neither finished nor stopped (proposed, held, agreed, started...). */
  onLiveMove: boolean;
}

/** Where a plan may put people: an open vacancy's free posts, or a capacity line's shortfall in whole FTE. */
export interface PlanOpportunity extends LineKey {
  /** The vacancy's id, or `gap:DEPT/PROFESSION/GRADE` for a capacity gap. */
  opportunityId: string;
  source: 'VACANCY' | 'GAP';
  /** How many people it can take. */
  places: number;
  /** The kinds of move it is open to: a plan makes level transfers only. */
  moveKinds: readonly string[];
  /** FTE a vacancy's post carries (its open posts go down by it when filled); absent for a gap. */
  ftePerPost?: number;
}

/** People in post in a department x profession (every grade): what a release limit is a share of. */
export interface ProfessionHeadcount {
  departmentCode: string;
  profession: string;
  people: number;
}

export const gapId = (line: LineKey) => `gap:${line.departmentCode}/${line.profession}/${line.grade}`;
