/** A cursor a client sent back that we never gave out, or one from another order. BAD_USER_INPUT on `after`. */
export class InvalidVacancySearchCursor extends Error {
  readonly code = 'VACANCY_SEARCH.INVALID_CURSOR';
  readonly field = 'after';

  constructor() {
    super('after is not a cursor from a page of this search in this order');
    this.name = 'InvalidVacancySearchCursor';
  }
}

/** `first` outside 1 to 100: the gateway refuses it too, but the subgraph does not rely on that. */
export class InvalidVacancyPageSize extends Error {
  readonly code = 'VACANCY_SEARCH.INVALID_PAGE_SIZE';
  readonly field = 'first';

  constructor(max: number) {
    super(`first must be a whole number from 1 to ${max}`);
    this.name = 'InvalidVacancyPageSize';
  }
}

/** Search words that are blank once trimmed: refused rather than read as "no search", which would surprise. */
export class EmptyVacancySearch extends Error {
  readonly code = 'VACANCY_SEARCH.EMPTY_SEARCH';
  readonly field = 'search';

  constructor() {
    super('search must contain a word; leave it out to list every vacancy');
    this.name = 'EmptyVacancySearch';
  }
}
