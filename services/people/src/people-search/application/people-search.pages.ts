import { hasRole, Identity, peopleSearchScope, PeopleSearchScope, SEARCH_PEOPLE } from '@civil/auth';
import { authorizationError, requestContext } from '@civil/platform';
import { PersonSnapshot } from '../../person/domain/person.aggregate';
import { PersonRepository } from '../../person/domain/person.repository';
import { decodePeopleCursor, encodePeopleCursor } from './people-search-cursor';
import { PeopleSearchPosition } from './people-search.criteria';
import { InvalidPageSize } from './people-search.errors';

export const MAX_PAGE_SIZE = 100;

export interface PeopleSearchPage {
  edges: { cursor: string; node: PersonSnapshot }[];
  pageInfo: { hasNextPage: boolean; endCursor?: string };
  /** The whole search's size, counted only if asked for: at 520,000 people a count costs more than a page. */
  totalCount: () => Promise<number>;
}

/**
 * What every search checks before it touches the database: the page size, the caller (SEARCH_PEOPLE) and the cursor.
 * Answers the caller's scope, for the SQL, and the position to continue after.
 */
export function startSearch(
  identity: Identity,
  first: number,
  after: string | undefined,
): { scope: PeopleSearchScope; position?: PeopleSearchPosition } {
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE)
    throw new InvalidPageSize(MAX_PAGE_SIZE);
  const denial = SEARCH_PEOPLE.screen(identity);
  if (denial) throw authorizationError(SEARCH_PEOPLE.action, denial.reason);
  const context = requestContext.current();
  // The narrowest role that searches: it decides nothing more here, but the audit trail names it.
  if (context) context.actingAs = SEARCH_PEOPLE.roles.find((role) => hasRole(identity, role));
  return {
    scope: peopleSearchScope(identity),
    position: after === undefined ? undefined : decodePeopleCursor(after),
  };
}

/**
 * Pages from positions fetched one past the page size (that extra row says whether there is a next page), each person
 * read through the Person repository, all pages' people in one read, so a search answers the same Person as
 * `person(id)`.
 */
export async function toPages<K>(
  people: PersonRepository,
  positionsByKey: Map<K, PeopleSearchPosition[]>,
  first: number,
  totalCount: (key: K) => () => Promise<number>,
): Promise<Map<K, PeopleSearchPage>> {
  const pages = [...positionsByKey].map(([key, positions]) => ({
    key,
    positions,
    page: positions.slice(0, first),
  }));
  const found = new Map(
    (await people.findByIds(pages.flatMap(({ page }) => page.map((row) => row.id)))).map((person) => [
      person.id,
      person,
    ]),
  );
  return new Map(
    pages.map(({ key, positions, page }) => [
      key,
      {
        edges: page.flatMap((row) => {
          const person = found.get(row.id);
          return person ? [{ cursor: encodePeopleCursor(row), node: person.snapshot() }] : [];
        }),
        pageInfo: {
          hasNextPage: positions.length > first,
          ...(page.length > 0 && { endCursor: encodePeopleCursor(page[page.length - 1]) }),
        },
        totalCount: totalCount(key),
      },
    ]),
  );
}
