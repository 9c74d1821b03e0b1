/** Nothing with this id exists (or the caller may not know it does). Maps to GraphQL `NOT_FOUND`. */
export class NotFoundError extends Error {
  constructor(
    readonly entity: string,
    readonly id: string,
  ) {
    super(`${entity} ${id} was not found`);
    this.name = 'NotFoundError';
  }
}

/** The change contradicts what is already stored, e.g. a duplicate unique value. Maps to GraphQL `CONFLICT`. */
export class ConflictError extends Error {
  constructor(
    message: string,
    /** Stable, machine-readable reason, e.g. `PERSON.STAFF_NUMBER_TAKEN`. */
    readonly reason: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = 'ConflictError';
  }
}
