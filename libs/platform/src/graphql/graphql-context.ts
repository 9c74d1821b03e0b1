import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { TracedRequest } from '../logging/request-id.middleware';
import { newTraceId } from '../logging/trace-id';

export interface GraphQLContext {
  req: TracedRequest;
  traceId: string;
  /** Per-request batch loaders, created on first use (see BatchLoader). */
  loaders: Map<string, unknown>;
}

export function buildGraphQLContext({ req }: { req: TracedRequest }): GraphQLContext {
  return { req, traceId: req.traceId ?? newTraceId(), loaders: new Map() };
}

/** The request's trace id, for commands to stamp on the events they cause. */
export const TraceId = createParamDecorator(
  (_: unknown, context: ExecutionContext) =>
    GqlExecutionContext.create(context).getContext<GraphQLContext>().traceId,
);
