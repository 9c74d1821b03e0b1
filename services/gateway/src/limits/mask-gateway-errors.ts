import { unwrapResolverError } from '@apollo/server/errors';
import { ErrorCode } from '@civil/platform';
import { GraphQLFormattedError } from 'graphql';
import { randomUUID } from 'node:crypto';
import { LimitCode } from './limit-error';

/** Codes the gateway itself (or Apollo on its behalf) gives clients on purpose. */
const PUBLIC_CODES = new Set<string>([
  ...Object.values(LimitCode),
  ErrorCode.BAD_USER_INPUT,
  ErrorCode.NOT_FOUND,
  ErrorCode.CONFLICT,
  'FORBIDDEN',
  'UNAUTHENTICATED',
  // Apollo Server's answers to a malformed request.
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);

/** A subgraph's own codes (`NOT_FOUND`, `PERSON.FTE_OUT_OF_RANGE`): it masks its unexpected errors itself. */
const SUBGRAPH_CODE = /^[A-Z][A-Z0-9_]*(\.[A-Z][A-Z0-9_]*)*$/;
/** ...except these, which say something went wrong rather than what the caller did. */
const FAULT_CODES = new Set<string>([ErrorCode.INTERNAL_SERVER_ERROR, 'DOWNSTREAM_SERVICE_ERROR']);
/** Extensions that carry internals even on an error meant for the client. */
const INTERNAL_EXTENSIONS = ['stacktrace', 'exception', 'response'];

function isPublic(formatted: GraphQLFormattedError): boolean {
  const extensions = formatted.extensions ?? {};
  const code = extensions.code;
  if (typeof code !== 'string') return false;
  // The gateway's call to a subgraph failed at the HTTP level (the error carries that response): our fault, whatever
  // code the status was turned into.
  if (extensions.response !== undefined) return false;
  if (PUBLIC_CODES.has(code)) return true;
  const fromSubgraph = typeof extensions.serviceName === 'string';
  return fromSubgraph && SUBGRAPH_CODE.test(code) && !FAULT_CODES.has(code);
}

function withoutInternals(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const extensions = { ...formatted.extensions };
  for (const key of INTERNAL_EXTENSIONS) delete extensions[key];
  return { ...formatted, extensions };
}

export interface MaskedError {
  errorId: string;
  /** What would have been sent, with the subgraph's message and extensions. */
  formatted: GraphQLFormattedError;
  /** The error as thrown, or as the subgraph reported it. */
  error: unknown;
}

/**
 * The gateway's last word on every error: deliberate ones (a known public code, or a subgraph's own code) go out as
 * they are, minus stack traces; anything else becomes INTERNAL_SERVER_ERROR with an id the caller can quote, and is
 * reported in full under that id. libs/platform's maskUnexpectedErrors does not fit here: at the gateway every error,
 * a subgraph's INTERNAL_SERVER_ERROR included, arrives as a GraphQLError, which it treats as deliberate.
 */
export function maskGatewayErrors(
  report: (masked: MaskedError) => void,
  newErrorId: () => string = randomUUID,
): (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError {
  return (formatted, error) => {
    if (isPublic(formatted)) return withoutInternals(formatted);
    const errorId = newErrorId();
    report({ errorId, formatted, error: unwrapResolverError(error) });
    return {
      message: `Internal error (id ${errorId})`,
      ...(formatted.locations ? { locations: formatted.locations } : {}),
      ...(formatted.path ? { path: formatted.path } : {}),
      extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR, errorId },
    };
  };
}
