import { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { ErrorCode } from './error-codes';
import { isExpectedError } from './to-graphql-error';

/**
 * The last line of the error convention, for errors the exception filter never sees (field resolvers): anything not
 * deliberately mapped reaches the client as a bare INTERNAL_SERVER_ERROR, never a driver message or a stack.
 */
export function maskUnexpectedErrors(
  onUnexpected: (error: unknown) => void,
): (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError {
  return (formatted, error) => {
    const original = unwrapResolverError(error);
    if (isExpectedError(original)) return formatted;
    onUnexpected(original);
    return {
      message: 'Internal server error',
      path: formatted.path,
      extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
    };
  };
}
