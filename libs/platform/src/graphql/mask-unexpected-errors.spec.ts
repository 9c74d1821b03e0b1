import { GraphQLError } from 'graphql';
import { ForbiddenError } from './application-errors';
import { maskUnexpectedErrors } from './mask-unexpected-errors';

describe('maskUnexpectedErrors', () => {
  it('hides an unexpected error thrown by a field resolver, and reports it', () => {
    const reported: unknown[] = [];
    const cause = new Error('connection terminated unexpectedly');
    const wrapped = new GraphQLError(cause.message, {
      path: ['person', 'knownToMoves'],
      originalError: cause,
    });

    const formatted = maskUnexpectedErrors((error) => reported.push(error))(
      { message: cause.message, path: ['person', 'knownToMoves'] },
      wrapped,
    );

    expect(formatted).toEqual({
      message: 'Internal server error',
      path: ['person', 'knownToMoves'],
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
    expect(reported).toEqual([cause]);
  });

  it('leaves deliberate errors as they are', () => {
    const deliberate = new GraphQLError('Person p was not found', { extensions: { code: 'NOT_FOUND' } });
    const formatted = { message: deliberate.message, extensions: { code: 'NOT_FOUND' } };

    expect(maskUnexpectedErrors(() => undefined)(formatted, deliberate)).toBe(formatted);
  });

  it('gives a deliberate application error from a field resolver its own code, not INTERNAL_SERVER_ERROR', () => {
    const cause = new ForbiddenError('read this person');
    const wrapped = new GraphQLError(cause.message, { path: ['_entities', 0], originalError: cause });
    const formatted = {
      message: cause.message,
      path: ['_entities', 0],
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };

    expect(maskUnexpectedErrors(() => undefined)(formatted, wrapped)).toEqual({
      message: 'You are not allowed to read this person',
      path: ['_entities', 0],
      extensions: { code: 'FORBIDDEN' },
    });
  });
});
