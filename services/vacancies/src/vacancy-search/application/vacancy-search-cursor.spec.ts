import { decodeVacancyCursor, encodeVacancyCursor } from './vacancy-search-cursor';
import { InvalidVacancySearchCursor } from './vacancy-search.errors';

const id = '0190f2a4-5b6c-7d8e-9f00-112233445566';

describe('vacancy search cursors', () => {
  it.each([
    ['RELEVANCE', '0.0607927'],
    ['CLOSING_DATE', '2026-12-01'],
    ['NEWEST', '2026-11-02 09:15:00.123456+00'],
  ] as const)('round-trips a %s position as URL-safe text', (order, key) => {
    const cursor = encodeVacancyCursor(order, { key, id });
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeVacancyCursor(order, cursor)).toEqual({ key, id });
  });

  it.each([
    ['not base64 JSON', 'not a cursor'],
    ['an empty string', ''],
    ['a cursor of another order', encodeVacancyCursor('NEWEST', { key: '2026-11-02 09:15:00+00', id })],
    [
      'a key that is no date',
      Buffer.from(JSON.stringify([1, 'CLOSING_DATE', "x' OR 1=1", id])).toString('base64url'),
    ],
    [
      'an id that is no uuid',
      Buffer.from(JSON.stringify([1, 'CLOSING_DATE', '2026-12-01', 'x'])).toString('base64url'),
    ],
    [
      'another version',
      Buffer.from(JSON.stringify([2, 'CLOSING_DATE', '2026-12-01', id])).toString('base64url'),
    ],
  ])('refuses %s', (_case, cursor) => {
    expect(() => decodeVacancyCursor('CLOSING_DATE', cursor)).toThrow(InvalidVacancySearchCursor);
  });
});
