import { HeaderMap } from '@apollo/server';
import { ErrorCode } from '@civil/platform';
import { GraphQLError } from 'graphql';

/** The stable `extensions.code` of each refusal; clients may branch on them. */
export const LimitCode = {
  QUERY_TOO_DEEP: 'QUERY_TOO_DEEP',
  TOO_MANY_ALIASES: 'TOO_MANY_ALIASES',
  QUERY_TOO_COSTLY: 'QUERY_TOO_COSTLY',
  /** A `first`/`last` out of range is bad input like any other. */
  PAGE_SIZE_OUT_OF_RANGE: ErrorCode.BAD_USER_INPUT,
  BATCH_NOT_ALLOWED: 'BATCH_NOT_ALLOWED',
  PAYLOAD_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  INTROSPECTION_DISABLED: 'INTROSPECTION_DISABLED',
  RATE_LIMITED: 'RATE_LIMITED',
} as const;

export type LimitCode = (typeof LimitCode)[keyof typeof LimitCode];

/**
 * A refusal as Apollo Server answers it: `extensions.http` sets the response's status (and headers) and is removed
 * before the error is sent; the other extensions say which limit and by how much.
 */
export function limitError(
  code: LimitCode,
  message: string,
  details: Record<string, unknown> = {},
  http: { status: number; headers?: Record<string, string> } = { status: 400 },
): GraphQLError {
  return new GraphQLError(message, {
    extensions: {
      code,
      ...details,
      http: { status: http.status, headers: new HeaderMap(Object.entries(http.headers ?? {})) },
    },
  });
}
