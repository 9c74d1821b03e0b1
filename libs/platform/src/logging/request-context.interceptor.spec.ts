import { Identity } from '@civil/auth';
import { ExecutionContextHost } from '@nestjs/core/helpers/execution-context-host';
import { defer, lastValueFrom, of } from 'rxjs';
import { rememberGrantedRole } from '../authorization/granted-role';
import { requestContext } from './request-context';
import { RequestContextInterceptor } from './request-context.interceptor';

const hr: Identity = {
  subject: 'hr',
  roles: ['HR_ADMIN', 'EMPLOYEE'],
  departmentCode: 'CO',
  crossGovernment: false,
};

function resolverCall(info: object) {
  const context = new ExecutionContextHost([undefined, {}, { traceId: 'trace-1', identity: hr }, info]);
  context.setType('graphql');
  return context;
}

describe('RequestContextInterceptor', () => {
  it("runs the resolver in a context holding the caller and the role the guard granted this field, not another's", async () => {
    const granted = {};
    rememberGrantedRole(granted, 'HR_ADMIN');
    const seenBy = (info: object) =>
      lastValueFrom(
        new RequestContextInterceptor().intercept(resolverCall(info), {
          handle: () => defer(() => of(requestContext.current())),
        }),
      );

    expect(await seenBy(granted)).toEqual({ traceId: 'trace-1', identity: hr, actingAs: 'HR_ADMIN' });
    expect(await seenBy({})).toEqual({ traceId: 'trace-1', identity: hr, actingAs: undefined });
  });
});
