import { ANONYMOUS, Identity, READ_PERSON } from '@civil/auth';
import { ForbiddenError, UnauthenticatedError } from '../graphql/application-errors';
import { RequestContext, requestContext } from '../logging/request-context';
import { authorize, denialOf } from './authorize';

const person = { id: 'p1', departmentCode: 'DWP' };
const planner: Identity = {
  subject: 'wp',
  roles: ['WORKFORCE_PLANNER'],
  departmentCode: 'DWP',
  crossGovernment: false,
};

describe('authorize', () => {
  it('returns the granting role and records it as the request acting role, for the audit trail', () => {
    const context: RequestContext = { traceId: 't', identity: planner };
    expect(requestContext.run(context, () => authorize(READ_PERSON, planner, person))).toBe(
      'WORKFORCE_PLANNER',
    );
    expect(context.actingAs).toBe('WORKFORCE_PLANNER');
  });

  it('throws FORBIDDEN out of scope and UNAUTHENTICATED for nobody, recording nothing', () => {
    const context: RequestContext = { traceId: 't' };
    requestContext.run(context, () => {
      expect(() => authorize(READ_PERSON, { ...planner, departmentCode: 'HMRC' }, person)).toThrow(
        ForbiddenError,
      );
      expect(() => authorize(READ_PERSON, ANONYMOUS, person)).toThrow(UnauthenticatedError);
    });
    expect(context.actingAs).toBeUndefined();
  });

  it('denialOf gives the refusal as a value, for batches', () => {
    expect(denialOf(READ_PERSON, planner, person)).toBeUndefined();
    expect(denialOf(READ_PERSON, { ...planner, departmentCode: 'HMRC' }, person)).toEqual(
      new ForbiddenError('read this person'),
    );
  });
});
