import { GraphQLError, GraphQLFormattedError } from 'graphql';
import { MaskedError, maskGatewayErrors } from './mask-gateway-errors';

function masker() {
  const reported: MaskedError[] = [];
  const format = maskGatewayErrors(
    (masked) => reported.push(masked),
    () => 'error-1',
  );
  return { reported, format };
}

describe('maskGatewayErrors', () => {
  it("passes a subgraph's deliberate errors through as they are, without stack traces", () => {
    const { format, reported } = masker();
    const notFound = {
      message: 'Person p1 was not found',
      path: ['person'],
      extensions: { code: 'NOT_FOUND', id: 'p1', serviceName: 'people', stacktrace: ['at db.ts:1'] },
    };
    const ruleBroken = {
      message: 'fte must be 0.1 to 1',
      extensions: { code: 'PERSON.FTE_OUT_OF_RANGE', field: 'fte', serviceName: 'people' },
    };
    const authorization = {
      message: 'Not yours to see',
      extensions: { code: 'FORBIDDEN', serviceName: 'moves' },
    };

    expect(format(notFound, new GraphQLError(notFound.message))).toEqual({
      message: 'Person p1 was not found',
      path: ['person'],
      extensions: { code: 'NOT_FOUND', id: 'p1', serviceName: 'people' },
    });
    expect(format(ruleBroken, new GraphQLError(ruleBroken.message))).toEqual(ruleBroken);
    expect(format(authorization, new GraphQLError(authorization.message))).toEqual(authorization);
    expect(reported).toEqual([]);
  });

  it("passes the gateway's own refusals and Apollo's answers to malformed requests", () => {
    const { format } = masker();
    for (const code of ['QUERY_TOO_DEEP', 'RATE_LIMITED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT']) {
      const formatted = { message: `refused: ${code}`, extensions: { code } };
      expect(format(formatted, new GraphQLError(formatted.message))).toEqual(formatted);
    }
  });

  it('replaces anything else with an id the caller can quote, and reports it in full under that id', () => {
    const { format, reported } = masker();
    const cause = new Error('connect ECONNREFUSED 10.0.0.7:4001');
    const cases: GraphQLFormattedError[] = [
      {
        message: cause.message,
        path: ['person', 'knownToMoves'],
        extensions: { code: 'INTERNAL_SERVER_ERROR' },
      },
      // A subgraph that masked its own failure still failed.
      {
        message: 'Internal server error',
        extensions: { code: 'INTERNAL_SERVER_ERROR', serviceName: 'people' },
      },
      {
        message: 'Error while fetching subquery',
        extensions: { code: 'DOWNSTREAM_SERVICE_ERROR', serviceName: 'moves' },
      },
      // The gateway's own unexpected errors may carry any code; only the allow-listed ones are public.
      { message: 'Cannot plan the query', extensions: { code: 'QUERY_PLANNING_FAILED' } },
      // The subgraph answered 401 to the gateway: our configuration is wrong, not the caller's credentials.
      {
        message: '401: Unauthorized',
        extensions: {
          code: 'UNAUTHENTICATED',
          response: { url: 'http://people.internal:4001/graphql', status: 401 },
        },
      },
    ];

    const masked = cases.map((formatted) =>
      format(formatted, new GraphQLError(formatted.message, { originalError: cause })),
    );

    expect(masked[0]).toEqual({
      message: 'Internal error (id error-1)',
      path: ['person', 'knownToMoves'],
      extensions: { code: 'INTERNAL_SERVER_ERROR', errorId: 'error-1' },
    });
    for (const error of masked)
      expect(error.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR', errorId: 'error-1' });
    expect(reported).toHaveLength(cases.length);
    expect(reported[0]).toEqual({ errorId: 'error-1', formatted: cases[0], error: cause });
  });
});
