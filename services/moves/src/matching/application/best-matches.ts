import { PageRequest, ShortlistPage, ShortlistRow } from './matching.reader';

export interface BestMatchesSource<I, T extends { id: string }> {
  page(request: PageRequest): Promise<ShortlistPage<I>>;
  /** Scores a shortlisted item; undefined when it turns out to be no match. */
  score(item: I): T | undefined;
  compare(a: T, b: T): number;
  /** The best place a row could take, as an item `compare` can rank: its bound as the score, and its tie-breakers. */
  bestPlaceOf(row: ShortlistRow): T;
}

const FIRST_PAGE_MARGIN = 20;

/**
 * The best `first` matches of a shortlist, exactly as if every row had been scored: pages come in the order of their
 * rows' best places, so once the `first`-th best match found so far ranks no lower than the best place of the page's
 * last row, no later row can enter the result. With bounds as tight as the shortlists compute them, the first page
 * (`first` + 20 rows) almost always settles it; each further page is twice the size of the one before.
 */
export async function bestMatches<I, T extends { id: string }>(
  source: BestMatchesSource<I, T>,
  first: number,
): Promise<T[]> {
  const found: T[] = [];
  // A row could come twice if the read model changed between two pages: it counts once.
  const seen = new Set<string>();
  let offset = 0;
  let limit = first + FIRST_PAGE_MARGIN;
  for (;;) {
    const page = await source.page({ offset, limit });
    for (const row of page.rows) {
      if (seen.has(row.id)) continue;
      seen.add(row.id);
      const scored = source.score(row.item);
      if (scored !== undefined) found.push(scored);
    }
    found.sort(source.compare);
    found.splice(first);
    const frontier = page.rows[page.rows.length - 1];
    if (page.last || frontier === undefined) return found;
    if (found.length === first && source.compare(found[first - 1], source.bestPlaceOf(frontier)) <= 0)
      return found;
    offset += page.rows.length;
    limit *= 2;
  }
}
