import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { Observable } from 'rxjs';
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
    const traceId = traceIdOf(context) ?? newTraceId();
    return new Observable((subscriber) =>
      requestContext.run({ traceId }, () => next.handle().subscribe(subscriber)),
    );
  }
}

function traceIdOf(context: ExecutionContext): string | undefined {
  if (context.getType<string>() === 'graphql') {
    return GqlExecutionContext.create(context).getContext<{ traceId?: string }>().traceId;
  }
  if (context.getType() === 'http') return context.switchToHttp().getRequest<TracedRequest>().traceId;
  return undefined;
}
