import type { Identity, Role } from '@civil/auth';
import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { Observable } from 'rxjs';
import { grantedRoleFor } from '../authorization/granted-role';
import type { GraphQLContext } from '../graphql/graphql-context';
import { requestContext } from './request-context';
import { TracedRequest } from './request-id.middleware';
import { newTraceId } from './trace-id';

/**
 * Runs each resolver or controller inside the request's context, so logs written anywhere below carry its trace id.
 * An interceptor rather than the middleware, because body parsing between the two loses async context.
 */
@Injectable()
export class RequestContextInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const { traceId = newTraceId(), identity, actingAs } = knownContextOf(context);
    return new Observable((subscriber) =>
      requestContext.run({ traceId, identity, actingAs }, () => next.handle().subscribe(subscriber)),
    );
  }
}

function knownContextOf(context: ExecutionContext): {
  traceId?: string;
  identity?: Identity;
  actingAs?: Role;
} {
  if (context.getType<string>() === 'graphql') {
    const gql = GqlExecutionContext.create(context);
    const { traceId, identity } = gql.getContext<Partial<GraphQLContext>>();
    // The role the authorization guard allowed this resolver under; when the policy needs the stored record, the use
    // case decides and records it instead (see `authorize`).
    return { traceId, identity, actingAs: grantedRoleFor(gql.getInfo()) };
  }
  if (context.getType() === 'http')
    return { traceId: context.switchToHttp().getRequest<TracedRequest>().traceId };
  return {};
}
