import { hasRole, Identity, SEARCH_VACANCIES, vacancySearchScope } from '@civil/auth';
import { Clock } from '@civil/messaging';
import { authorizationError, requestContext } from '@civil/platform';
import { VacancySnapshot } from '../../vacancy/domain/vacancy.aggregate';
import { dateOf } from '../../vacancy/domain/vacancy.rules';
import { decodeVacancyCursor, encodeVacancyCursor } from './vacancy-search-cursor';
import {
  effectiveOrder,
  VacancyOrder,
  VacancySearchCriteria,
  VacancySearchPosition,
} from './vacancy-search.criteria';
import { EmptyVacancySearch, InvalidVacancyPageSize } from './vacancy-search.errors';
import { VacancySearchContext } from './vacancy-search.store';

export const MAX_PAGE_SIZE = 100;

export interface VacancySearchPage {
  edges: { cursor: string; node: VacancySnapshot }[];
  pageInfo: { hasNextPage: boolean; endCursor?: string };
  /** The whole search's size, counted only if asked for. */
  totalCount: () => Promise<number>;
}

/** Today as the search sees it: a closing date is the last day a vacancy takes applications. */
export function todayOf(clock: Clock): string {
  return dateOf(clock.now());
}

/**
 * Where a caller's searches run: their scope (SEARCH_VACANCIES as SQL) and today. Refuses callers no role of the
 * policy admits, and names the narrowest role that searches for the audit trail.
 */
export function searchContextFor(identity: Identity, clock: Clock): VacancySearchContext {
  const denial = SEARCH_VACANCIES.screen(identity);
  if (denial) throw authorizationError(SEARCH_VACANCIES.action, denial.reason);
  const context = requestContext.current();
  if (context) context.actingAs = SEARCH_VACANCIES.roles.find((role) => hasRole(identity, role));
  return { scope: vacancySearchScope(identity), today: todayOf(clock) };
}

/** Checks what a search was given before it touches the database; answers the order used and where to continue. */
export function startSearch(
  criteria: VacancySearchCriteria,
  order: VacancyOrder,
  first: number,
  after: string | undefined,
): { order: VacancyOrder; position?: VacancySearchPosition } {
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE)
    throw new InvalidVacancyPageSize(MAX_PAGE_SIZE);
  if (criteria.text !== undefined && criteria.text.trim() === '') throw new EmptyVacancySearch();
  const used = effectiveOrder(order, criteria);
  return { order: used, position: after === undefined ? undefined : decodeVacancyCursor(used, after) };
}

/**
 * The vacancies GetVacanciesByIdsHandler answered (one per id, null when gone), in the search's order; a vacancy gone
 * meanwhile is left out of the page rather than failing it.
 */
export function inSearchOrder(
  ids: string[],
  loaded: readonly (VacancySnapshot | null)[],
): (VacancySnapshot | undefined)[] {
  const byId = new Map(loaded.flatMap((found) => (found ? [[found.id, found] as const] : [])));
  return ids.map((id) => byId.get(id));
}

/** A page from positions fetched one past the page size: the extra row says whether there is a next page. */
export function toPage(
  order: VacancyOrder,
  positions: VacancySearchPosition[],
  first: number,
  vacancies: (VacancySnapshot | undefined)[],
  totalCount: () => Promise<number>,
): VacancySearchPage {
  const page = positions.slice(0, first);
  return {
    edges: page.flatMap((position, index) => {
      const node = vacancies[index];
      return node ? [{ cursor: encodeVacancyCursor(order, position), node }] : [];
    }),
    pageInfo: {
      hasNextPage: positions.length > first,
      ...(page.length > 0 && { endCursor: encodeVacancyCursor(order, page[page.length - 1]) }),
    },
    totalCount,
  };
}
