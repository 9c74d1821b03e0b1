/** What to look for among open vacancies; every criterion given must hold, and a list means "any of these". */
export interface VacancySearchCriteria {
  departmentCodes?: string[];
  professions?: string[];
  grades?: string[];
  /** The vacancy offers at least one of these kinds of move. */
  moveKinds?: string[];
  /** The vacancy can be done from at least one of these locations. */
  locations?: string[];
  /** Only vacancies that can be done remotely. */
  remoteOnly?: boolean;
  /**
   * The vacancy asks for at least one of these skills (essential or desirable). "Any" rather than "all": a person
   * filters by the skills they hold, and a vacancy asking for some of them is worth seeing.
   */
  skillCodes?: string[];
  /** Closing strictly after this date (YYYY-MM-DD): "still open after my leave". */
  closingAfter?: string;
  /** Words, "quoted phrases", `or` and `-excluded` words, as PostgreSQL's websearch_to_tsquery reads them. */
  text?: string;
}

export const VACANCY_ORDERS = ['RELEVANCE', 'CLOSING_DATE', 'NEWEST'] as const;
/**
 * RELEVANCE: best text match first (title words weigh more than description words), then newest; without search
 * words it is NEWEST. CLOSING_DATE: soonest closing first. NEWEST: most recently published first.
 */
export type VacancyOrder = (typeof VACANCY_ORDERS)[number];

/**
 * Where a vacancy sits in an order: the order's key (rank, closing date or publication time, as PostgreSQL printed
 * it, so it compares exactly when sent back) and the id that breaks ties.
 */
export interface VacancySearchPosition {
  key: string;
  id: string;
}

/** The order actually used: RELEVANCE needs words to rank by. */
export function effectiveOrder(order: VacancyOrder, criteria: VacancySearchCriteria): VacancyOrder {
  return order === 'RELEVANCE' && criteria.text === undefined ? 'NEWEST' : order;
}
