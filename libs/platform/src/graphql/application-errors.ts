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

/** The operation needs a signed-in caller and there is none. Maps to GraphQL `UNAUTHENTICATED`. */
export class UnauthenticatedError extends Error {
  constructor(
    /** What the caller tried to do, as the policy phrases it: `read this person`. */
    readonly action: string,
  ) {
    super(`Sign in to ${action}`);
    this.name = 'UnauthenticatedError';
  }
}

/** The caller is signed in, but no role they hold allows this, here. Maps to GraphQL `FORBIDDEN`. */
export class ForbiddenError extends Error {
  constructor(readonly action: string) {
    super(`You are not allowed to ${action}`);
    this.name = 'ForbiddenError';
  }
}
