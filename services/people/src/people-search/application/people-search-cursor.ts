import { PeopleSearchPosition } from './people-search.criteria';
import { InvalidPeopleSearchCursor } from './people-search.errors';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const VERSION = 1;

/** Opaque to clients, so the order can change (a new version) without breaking them. */
export function encodePeopleCursor({ familyName, givenName, id }: PeopleSearchPosition): string {
  return Buffer.from(JSON.stringify([VERSION, familyName, givenName, id])).toString('base64url');
}

export function decodePeopleCursor(cursor: string): PeopleSearchPosition {
  try {
    const [version, familyName, givenName, id] = JSON.parse(
      Buffer.from(cursor, 'base64url').toString('utf8'),
    );
    if (
      version === VERSION &&
      typeof familyName === 'string' &&
      typeof givenName === 'string' &&
      familyName.length <= 100 &&
      givenName.length <= 100 &&
      typeof id === 'string' &&
      UUID.test(id)
    )
      return { familyName, givenName, id };
  } catch {
    // Not even JSON: refused below like any other cursor we did not make.
  }
  throw new InvalidPeopleSearchCursor();
}
