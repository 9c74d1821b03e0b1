import { GraphQLError } from 'graphql';
import { ConflictError, ForbiddenError, NotFoundError, UnauthenticatedError } from './application-errors';
import { ErrorCode } from './error-codes';

// Domain errors are plain Errors (domain/ imports nothing) recognised by their stable code, e.g. `PERSON.FTE_OUT_OF_RANGE`.
const DOMAIN_CODE = /^[A-Z][A-Z_]*\.[A-Z][A-Z0-9_]*$/;

interface DomainRuleError extends Error {
  code: string;
  field?: string;
  /** Machine-readable particulars a client acts on (e.g. every eligibility reason), passed through as extensions. */
  details?: Record<string, unknown>;
}

function isDomainRuleError(error: unknown): error is DomainRuleError {
  return (
    error instanceof Error &&
    typeof (error as DomainRuleError).code === 'string' &&
    DOMAIN_CODE.test((error as DomainRuleError).code)
  );
}

/**
 * The one mapping from what the code throws to what GraphQL clients see. Anything unrecognised is a bug: clients get a
 * generic message and the details go to the log (the caller's job), never to the response.
 */
export function toGraphQLError(error: unknown): GraphQLError {
  if (error instanceof GraphQLError) return error;
  if (error instanceof NotFoundError) {
    return new GraphQLError(error.message, {
      extensions: { code: ErrorCode.NOT_FOUND, entity: error.entity, id: error.id },
    });
  }
  if (error instanceof ConflictError) {
    return new GraphQLError(error.message, {
      extensions: {
        code: ErrorCode.CONFLICT,
        reason: error.reason,
        ...(error.field ? { field: error.field } : {}),
      },
    });
  }
  if (error instanceof UnauthenticatedError) {
    return new GraphQLError(error.message, { extensions: { code: ErrorCode.UNAUTHENTICATED } });
  }
  if (error instanceof ForbiddenError) {
    return new GraphQLError(error.message, { extensions: { code: ErrorCode.FORBIDDEN } });
  }
  if (isDomainRuleError(error)) {
    return new GraphQLError(error.message, {
      extensions: {
        // Particulars first: they may add to the stable fields, never replace them.
        ...(error.details ?? {}),
        code: ErrorCode.BAD_USER_INPUT,
        reason: error.code,
        ...(error.field ? { field: error.field } : {}),
      },
    });
  }
  return new GraphQLError('Internal server error', { extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } });
}

export function isExpectedError(error: unknown): boolean {
  return (
    error instanceof GraphQLError ||
    error instanceof NotFoundError ||
    error instanceof ConflictError ||
    error instanceof UnauthenticatedError ||
    error instanceof ForbiddenError ||
    isDomainRuleError(error)
  );
}
