import { VacancyOrder, VacancySearchPosition } from './vacancy-search.criteria';
import { InvalidVacancySearchCursor } from './vacancy-search.errors';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const VERSION = 1;
// What each order's key looks like as PostgreSQL prints it: a real, a date, a timestamptz.
const KEY: Record<VacancyOrder, RegExp> = {
  RELEVANCE: /^-?\d+(\.\d+)?(e-?\d+)?$/,
  CLOSING_DATE: /^\d{4}-\d{2}-\d{2}$/,
  NEWEST: /^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}:\d{2}(\.\d{1,6})?([+-]\d{2}(:\d{2})?|Z)?$/,
};

/** Opaque to clients; names its order, so a cursor from one order is refused by another. */
export function encodeVacancyCursor(order: VacancyOrder, { key, id }: VacancySearchPosition): string {
  return Buffer.from(JSON.stringify([VERSION, order, key, id])).toString('base64url');
}

export function decodeVacancyCursor(order: VacancyOrder, cursor: string): VacancySearchPosition {
  try {
    const [version, cursorOrder, key, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      version === VERSION &&
      cursorOrder === order &&
      typeof key === 'string' &&
      KEY[order].test(key) &&
      typeof id === 'string' &&
      UUID.test(id)
    )
      return { key, id };
  } catch {
    // Not even JSON: refused below like any other cursor we did not make.
  }
  throw new InvalidVacancySearchCursor();
}
