import type { Identity } from '@civil/auth';
import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { Observable } from 'rxjs';
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
    const known = knownContextOf(context);
    const traceId = known.traceId ?? newTraceId();
    return new Observable((subscriber) =>
      requestContext.run({ traceId, identity: known.identity }, () => next.handle().subscribe(subscriber)),
    );
  }
}

function knownContextOf(context: ExecutionContext): { traceId?: string; identity?: Identity } {
  if (context.getType<string>() === 'graphql') {
    const { traceId, identity } = GqlExecutionContext.create(context).getContext<Partial<GraphQLContext>>();
    return { traceId, identity };
  }
  if (context.getType() === 'http')
    return { traceId: context.switchToHttp().getRequest<TracedRequest>().traceId };
  return {};
}
