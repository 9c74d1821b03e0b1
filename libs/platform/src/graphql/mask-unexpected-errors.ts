import { GraphQLError, GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { ErrorCode } from './error-codes';
import { isExpectedError, toGraphQLError } from './to-graphql-error';

/**
 * The last line of the error convention, for errors the exception filter never sees (field and reference resolvers,
 * the authorization guard in front of them): a deliberate error gets its code here, and anything else reaches the
 * client as a bare INTERNAL_SERVER_ERROR, never a driver message or a stack.
 */
export function maskUnexpectedErrors(
  onUnexpected: (error: unknown) => void,
): (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError {
  return (formatted, error) => {
    const original = unwrapResolverError(error);
    if (original instanceof GraphQLError) return formatted;
    if (isExpectedError(original)) {
      const mapped = toGraphQLError(original);
      return { ...formatted, message: mapped.message, extensions: { ...mapped.extensions } };
    }
    onUnexpected(original);
    return {
      message: 'Internal server error',
      path: formatted.path,
      extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
    };
  };
}
