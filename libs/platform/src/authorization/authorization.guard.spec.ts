import {
  ANONYMOUS,
  Authorize,
  CREATE_VACANCY,
  DepartmentScoped,
  Identity,
  READ_PERSON,
  ROLES,
} from '@civil/auth';
import { Logger } from '@nestjs/common';
import { ExecutionContextHost } from '@nestjs/core/helpers/execution-context-host';
import { ForbiddenError, UnauthenticatedError } from '../graphql/application-errors';
import { AuthorizationGuard } from './authorization.guard';
import { grantedRoleFor } from './granted-role';

class Resolver {
  @Authorize(CREATE_VACANCY, { resource: (args: { input: DepartmentScoped }) => args.input })
  createVacancy() {}

  @Authorize(READ_PERSON, { resource: 'record' })
  person() {}

  unguarded() {}
}

const hiringManager: Identity = {
  subject: 'hm',
  roles: ['HIRING_MANAGER'],
  departmentCode: 'DWP',
  crossGovernment: false,
};

/** One resolver call as Nest hands it to guards: [parent, args, GraphQL context, info]. */
function resolverCall(handler: () => void, identity: Identity, args: object = {}, info: object = {}) {
  const context = new ExecutionContextHost([undefined, args, { identity }, info], Resolver, handler);
  context.setType('graphql');
  return context;
}

describe('AuthorizationGuard', () => {
  const guard = new AuthorizationGuard();
  const { createVacancy, person, unguarded } = Resolver.prototype;

  it('refuses a resolver that names no policy, whoever calls', () => {
    // The guard logs the missing policy as the bug it is; that is expected here.
    Logger.overrideLogger(false);
    const everything: Identity = { subject: 'root', roles: [...ROLES], crossGovernment: true, personId: 'p' };
    expect(() => guard.canActivate(resolverCall(unguarded, everything))).toThrow(ForbiddenError);
  });

  it('decides on the resource taken from the arguments, and hands the granting role to the request context', () => {
    const info = {};
    expect(
      guard.canActivate(
        resolverCall(createVacancy, hiringManager, { input: { departmentCode: 'DWP' } }, info),
      ),
    ).toBe(true);
    expect(grantedRoleFor(info)).toBe('HIRING_MANAGER');
    expect(() =>
      guard.canActivate(resolverCall(createVacancy, hiringManager, { input: { departmentCode: 'HMRC' } })),
    ).toThrow(ForbiddenError);
  });

  it('tells an anonymous caller to authenticate', () => {
    const call = resolverCall(createVacancy, ANONYMOUS, { input: { departmentCode: 'DWP' } });
    expect(() => guard.canActivate(call)).toThrow(UnauthenticatedError);
  });

  it('for a policy judged on the stored record, turns away only who no role could admit, and grants nothing yet', () => {
    const info = {};
    const employee: Identity = { subject: 'e', roles: ['EMPLOYEE'], personId: 'p', crossGovernment: false };
    expect(guard.canActivate(resolverCall(person, employee, { id: 'someone' }, info))).toBe(true);
    expect(grantedRoleFor(info)).toBeUndefined();
    // A department's own system reads capacity, never a person's record, whatever the record says.
    const service: Identity = {
      subject: 's',
      roles: ['SERVICE'],
      departmentCode: 'HMRC',
      crossGovernment: false,
    };
    expect(() => guard.canActivate(resolverCall(person, service, { id: 'someone' }))).toThrow(ForbiddenError);
    expect(() => guard.canActivate(resolverCall(person, ANONYMOUS, { id: 'someone' }))).toThrow(
      UnauthenticatedError,
    );
  });

  it('leaves HTTP routes (health) alone', () => {
    const http = new ExecutionContextHost([{}, {}], Resolver, unguarded);
    expect(guard.canActivate(http)).toBe(true);
  });
});
