import { bestMatches, BestMatchesSource } from './best-matches';
import { PageRequest, ShortlistRow } from './matching.reader';

interface Item {
  id: string;
  score: number;
}

/** Best first: the higher score, then the id. */
const compare = (a: Item, b: Item) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * A shortlist of rows in their best-place order (bound, then id) whose true scores are at most their bounds; `null`
 * scores are rows that turn out to be no match. Records the pages asked for.
 */
function source(rows: { id: string; bound: number; score: number | null }[]) {
  const ordered = [...rows].sort((a, b) => b.bound - a.bound || (a.id < b.id ? -1 : 1));
  const pages: PageRequest[] = [];
  const byId = new Map(rows.map((row) => [row.id, row]));
  const shortlist: BestMatchesSource<string, Item> = {
    page: async (request) => {
      pages.push(request);
      const slice = ordered.slice(request.offset, request.offset + request.limit);
      return {
        rows: slice.map(({ id, bound }) => ({ id, bound, first: 0, item: id })),
        last: request.offset + request.limit >= ordered.length,
      };
    },
    score: (id) => {
      const score = byId.get(id)!.score;
      return score === null ? undefined : { id, score };
    },
    compare,
    bestPlaceOf: (row: ShortlistRow) => ({ id: row.id, score: row.bound }),
  };
  return { shortlist, pages };
}

const bruteForce = (rows: { id: string; score: number | null }[], first: number) =>
  rows
    .filter((row) => row.score !== null)
    .map((row) => ({ id: row.id, score: row.score! }))
    .sort(compare)
    .slice(0, first);

describe('bestMatches: the exact best of a shortlist ranked by bounds', () => {
  it('stops after the first page when the bounds are exact', async () => {
    const rows = Array.from({ length: 500 }, (_, i) => ({
      id: `p${String(i).padStart(3, '0')}`,
      bound: 900 - i,
      score: 900 - i,
    }));
    const { shortlist, pages } = source(rows);
    expect(await bestMatches(shortlist, 10)).toEqual(bruteForce(rows, 10));
    expect(pages).toEqual([{ offset: 0, limit: 30 }]);
  });

  it('settles a long run of equal scores on the first page, when rows come in the ranking’s own order', async () => {
    const rows = Array.from({ length: 5000 }, (_, i) => ({
      id: `p${String(i).padStart(4, '0')}`,
      bound: 830,
      score: 830,
    }));
    const { shortlist, pages } = source(rows);
    expect((await bestMatches(shortlist, 10)).map((item) => item.id)).toEqual(
      rows.slice(0, 10).map((row) => row.id),
    );
    expect(pages).toHaveLength(1);
  });

  it('reads further pages, each twice as large, while a later row could still win', async () => {
    // The first 100 rows promise much and turn out poor; the best are further down.
    const rows = [
      ...Array.from({ length: 100 }, (_, i) => ({
        id: `a${String(i).padStart(3, '0')}`,
        bound: 990,
        score: 100,
      })),
      ...Array.from({ length: 100 }, (_, i) => ({
        id: `b${String(i).padStart(3, '0')}`,
        bound: 800 - i,
        score: 800 - i,
      })),
    ];
    const { shortlist, pages } = source(rows);
    expect(await bestMatches(shortlist, 5)).toEqual(bruteForce(rows, 5));
    expect(pages).toEqual([
      { offset: 0, limit: 25 },
      { offset: 25, limit: 50 },
      { offset: 75, limit: 100 },
    ]);
  });

  it('leaves out what is no match, and returns fewer when there are fewer', async () => {
    const rows = [
      { id: 'a', bound: 900, score: null },
      { id: 'b', bound: 800, score: 700 },
      { id: 'c', bound: 700, score: null },
    ];
    const { shortlist } = source(rows);
    expect(await bestMatches(shortlist, 10)).toEqual([{ id: 'b', score: 700 }]);
  });

  it('equals a brute-force ranking on random shortlists, for any `first`', async () => {
    let state = 7;
    const next = () => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let round = 0; round < 200; round++) {
      const rows = Array.from({ length: Math.floor(next() * 300) }, (_, i) => {
        const score = Math.floor(next() * 1000);
        return {
          id: `r${String(i).padStart(3, '0')}`,
          bound: score + (next() < 0.7 ? 0 : Math.floor(next() * 200)),
          score: next() < 0.1 ? null : score,
        };
      });
      const first = 1 + Math.floor(next() * 40);
      const { shortlist } = source(rows);
      expect(await bestMatches(shortlist, first)).toEqual(bruteForce(rows, first));
    }
  });
});
