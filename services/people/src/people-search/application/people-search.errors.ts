/** A cursor a client sent back that we never gave out. Maps to BAD_USER_INPUT on the `after` argument. */
export class InvalidPeopleSearchCursor extends Error {
  readonly code = 'PEOPLE.INVALID_CURSOR';
  readonly field = 'after';

  constructor() {
    super('after is not a cursor from a page of this search');
    this.name = 'InvalidPeopleSearchCursor';
  }
}

/** `first` outside 1 to 100: the gateway refuses it too, but the subgraph does not rely on that. */
export class InvalidPageSize extends Error {
  readonly code = 'PEOPLE.INVALID_PAGE_SIZE';
  readonly field = 'first';

  constructor(max: number) {
    super(`first must be a whole number from 1 to ${max}`);
    this.name = 'InvalidPageSize';
  }
}
