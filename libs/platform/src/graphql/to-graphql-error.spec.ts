import { ConflictError, ForbiddenError, NotFoundError, UnauthenticatedError } from './application-errors';
import { toGraphQLError } from './to-graphql-error';

class FteOutOfRange extends Error {
  readonly code = 'PERSON.FTE_OUT_OF_RANGE';
  readonly field = 'fte';
}

describe('toGraphQLError', () => {
  it('maps not found, conflict and domain rule errors to stable codes', () => {
    expect(toGraphQLError(new NotFoundError('Person', 'p1')).extensions).toMatchObject({
      code: 'NOT_FOUND',
      id: 'p1',
    });
    expect(
      toGraphQLError(new ConflictError('taken', 'PERSON.STAFF_NUMBER_TAKEN', 'staffNumber')).extensions,
    ).toEqual({
      code: 'CONFLICT',
      reason: 'PERSON.STAFF_NUMBER_TAKEN',
      field: 'staffNumber',
    });
    expect(toGraphQLError(new FteOutOfRange('fte must be 0.1 to 1')).extensions).toEqual({
      code: 'BAD_USER_INPUT',
      reason: 'PERSON.FTE_OUT_OF_RANGE',
      field: 'fte',
    });
  });

  it('passes a domain error’s particulars on, without letting them replace the stable fields', () => {
    const error = Object.assign(new Error('not eligible'), {
      code: 'APPLICATION.NOT_ELIGIBLE',
      details: { reasons: ['GRADE_MISMATCH'], code: 'SOMETHING_ELSE' },
    });
    expect(toGraphQLError(error).extensions).toEqual({
      code: 'BAD_USER_INPUT',
      reason: 'APPLICATION.NOT_ELIGIBLE',
      reasons: ['GRADE_MISMATCH'],
    });
  });

  it('tells an anonymous caller to sign in, and a signed-in one that they may not', () => {
    expect(toGraphQLError(new UnauthenticatedError('read this person'))).toMatchObject({
      message: 'Sign in to read this person',
      extensions: { code: 'UNAUTHENTICATED' },
    });
    expect(toGraphQLError(new ForbiddenError('read this person'))).toMatchObject({
      message: 'You are not allowed to read this person',
      extensions: { code: 'FORBIDDEN' },
    });
  });

  it('hides the details of anything unexpected', () => {
    const error = toGraphQLError(new Error('relation "person" does not exist'));
    expect(error.message).toBe('Internal server error');
    expect(error.extensions.code).toBe('INTERNAL_SERVER_ERROR');
  });
});
