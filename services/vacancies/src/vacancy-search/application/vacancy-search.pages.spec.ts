import { encodeVacancyCursor } from './vacancy-search-cursor';
import { inSearchOrder, startSearch, toPage } from './vacancy-search.pages';
import {
  EmptyVacancySearch,
  InvalidVacancyPageSize,
  InvalidVacancySearchCursor,
} from './vacancy-search.errors';
import { VacancySnapshot } from '../../vacancy/domain/vacancy.aggregate';

const id = (n: number) => `0190f6a2-1111-7000-8000-00000000000${n}`;

describe('starting a vacancy search', () => {
  it.each([0, 101, 2.5])('refuses first = %s', (first) => {
    expect(() => startSearch({}, 'NEWEST', first, undefined)).toThrow(InvalidVacancyPageSize);
  });

  it('refuses search words that are blank once trimmed', () => {
    expect(() => startSearch({ text: '  ' }, 'RELEVANCE', 10, undefined)).toThrow(EmptyVacancySearch);
  });

  it('orders by relevance only when there are words, and takes cursors of the order it uses', () => {
    const cursor = encodeVacancyCursor('NEWEST', { key: '2026-10-30 09:00:00+00', id: id(1) });
    expect(startSearch({}, 'RELEVANCE', 10, cursor)).toEqual({
      order: 'NEWEST',
      position: { key: '2026-10-30 09:00:00+00', id: id(1) },
    });
    expect(() => startSearch({ text: 'data' }, 'RELEVANCE', 10, cursor)).toThrow(InvalidVacancySearchCursor);
  });
});

describe('a page of vacancies', () => {
  const snapshot = (n: number) => ({ id: id(n) }) as VacancySnapshot;

  it('keeps the search order, drops vacancies gone meanwhile, and says whether there is more', async () => {
    const positions = [1, 2, 3].map((n) => ({ key: '2026-11-0' + n, id: id(n) }));
    const vacancies = inSearchOrder([id(1), id(2)], [null, snapshot(1)]);
    const page = toPage('CLOSING_DATE', positions, 2, vacancies, async () => 3);
    expect(page.edges.map((edge) => edge.node.id)).toEqual([id(1)]);
    expect(page.pageInfo).toEqual({
      hasNextPage: true,
      endCursor: encodeVacancyCursor('CLOSING_DATE', positions[1]),
    });
    expect(await page.totalCount()).toBe(3);
  });
});
