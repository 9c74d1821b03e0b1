import { MatchOpportunity, MatchPerson } from '../domain/match.types';

/** A vacancy as matching reads it: the opportunity, and whether it is still open. */
export interface VacancyToMatch extends MatchOpportunity {
  status: string;
}

/** A person as suggestions read them: the match facts, and whether a move of theirs is already under way. */
export interface CandidateToMatch extends MatchPerson {
  moving: boolean;
}

/**
 * A shortlisted id with the best place it could take in the ranking (match-ranking.ts): `bound`, in thousandths, is at
 * least the score scoreMatch gives it; `first` (recommendations) is 1 for an opportunity in the person's specialism;
 * `closingDate` (recommendations) is the vacancy's; `eligibleFrom` (suggestions) is at most the person's. Rows come in
 * the ranking's own order of these, so no row after a page's last can rank before that last row's best place.
 */
export interface ShortlistRow {
  id: string;
  bound: number;
  first: number;
  closingDate?: string;
  eligibleFrom?: string;
}

/** A page of a shortlist, each row with what it is (read in the same statement, so one round trip a page). */
export interface ShortlistPage<T> {
  rows: (ShortlistRow & { item: T })[];
  /** The shortlist has no rows after this page. */
  last: boolean;
}

export interface PageRequest {
  offset: number;
  limit: number;
}

/**
 * Port for matching's reads of moves' read models. The shortlists are the SQL half of "prefilter in SQL, score in
 * TypeScript": they leave out only what cannot match, so ranking the whole shortlist by scoreMatch is exact.
 */
export abstract class MatchingReader {
  abstract person(personId: string): Promise<MatchPerson | undefined>;
  abstract vacancy(vacancyId: string): Promise<VacancyToMatch | undefined>;
  /** Open vacancies, visible to the person, at a grade and of a kind they could take, closing today or later. */
  abstract opportunityShortlist(
    person: MatchPerson,
    today: string,
    page: PageRequest,
  ): Promise<ShortlistPage<VacancyToMatch>>;
  abstract opportunities(vacancyIds: string[]): Promise<VacancyToMatch[]>;
  /**
   * People in post of the vacancy's profession, open to move, at a grade and from a department that could fill it,
   * who either work in its department or consent to share their profile across departments.
   */
  abstract candidateShortlist(
    vacancy: VacancyToMatch,
    today: string,
    page: PageRequest,
  ): Promise<ShortlistPage<CandidateToMatch>>;
  abstract candidates(personIds: string[]): Promise<CandidateToMatch[]>;
}
