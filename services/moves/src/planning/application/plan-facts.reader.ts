import { MatchExplanation, MatchOpportunity, MatchPerson } from '../../matching/domain/match.types';
import { PlanConstraints } from '../domain/plan-constraints';
import { PlanScope } from '../domain/plan-scope';
import { PersonAtApproval } from '../domain/approval.rules';
import { PlanCandidate, PlanOpportunity, ProfessionHeadcount } from '../domain/plan-facts';

/** A person as a plan weighs them and matching scores them. */
export type PlanPerson = MatchPerson & PlanCandidate;

/** An opportunity as a plan fills it and matching scores it: an open vacancy or a capacity gap. */
export type PlanOpening = MatchOpportunity & PlanOpportunity;

/** What a plan's moves are explained with: exactly what an employee sees for the same match. */
export type PlanExplanation = MatchExplanation;

/**
 * Port: the facts a plan is made from, each read set-based for the whole scope (one query each, never one per
 * person). The people read may leave out whom the constraints exclude anyway (the domain checks again), so that a
 * scope of a whole profession does not load everyone in it.
 */
export abstract class PlanFactsReader {
  /**
   * `viewerDepartment`: a department's planner, who sees people of other departments only when they consent to
   * share their profile across departments.
   */
  abstract people(
    scope: PlanScope,
    constraints: PlanConstraints,
    targetDate: string,
    viewerDepartment?: string,
  ): Promise<PlanPerson[]>;
  /** Open vacancies in scope that take level transfers, with their posts not yet held by a move. */
  abstract vacancies(scope: PlanScope, today: string): Promise<PlanOpening[]>;
  /** People in post per department x profession of the scope, every grade. */
  abstract headcounts(scope: PlanScope): Promise<ProfessionHeadcount[]>;
  /** People and vacancies as they stand now, for approval's last check. */
  abstract atApproval(
    personIds: readonly string[],
    vacancyIds: readonly string[],
  ): Promise<{ people: Map<string, PersonAtApproval>; vacancyStatuses: Map<string, string> }>;
}
