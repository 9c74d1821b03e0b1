import { decodePeopleCursor, encodePeopleCursor } from './people-search-cursor';
import { InvalidPeopleSearchCursor } from './people-search.errors';

describe('people search cursors', () => {
  const position = { familyName: "O'Brien", givenName: 'Zoë', id: '0190f2a4-5b6c-7d8e-9f00-112233445566' };

  it('round-trips a position, whatever characters the names hold, as URL-safe text', () => {
    const cursor = encodePeopleCursor(position);
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodePeopleCursor(cursor)).toEqual(position);
  });

  it.each([
    ['not base64 JSON', 'not a cursor'],
    ['another shape', Buffer.from(JSON.stringify({ id: position.id })).toString('base64url')],
    ['another version', Buffer.from(JSON.stringify([2, 'a', 'b', position.id])).toString('base64url')],
    ['an id that is no uuid', Buffer.from(JSON.stringify([1, 'a', 'b', "x' OR 1=1"])).toString('base64url')],
    ['an empty string', ''],
  ])('refuses %s', (_case, cursor) => {
    expect(() => decodePeopleCursor(cursor)).toThrow(InvalidPeopleSearchCursor);
  });
});
