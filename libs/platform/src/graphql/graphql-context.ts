import { ANONYMOUS, AuthenticatedRequest, Identity } from '@civil/auth';
import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { TracedRequest } from '../logging/request-id.middleware';
import { newTraceId } from '../logging/trace-id';

type SubgraphRequest = TracedRequest & AuthenticatedRequest;

export interface GraphQLContext {
  req: SubgraphRequest;
  traceId: string;
  /** Who is calling, from the gateway's internal token (see requireInternalToken). */
  identity: Identity;
  /** Per-request batch loaders, created on first use (see BatchLoader). */
  loaders: Map<string, unknown>;
}

export function buildGraphQLContext({ req }: { req: SubgraphRequest }): GraphQLContext {
  return { req, traceId: req.traceId ?? newTraceId(), identity: req.identity ?? ANONYMOUS, loaders: new Map() };
}

/** The request's trace id, for commands to stamp on the events they cause. */
export const TraceId = createParamDecorator(
  (_: unknown, context: ExecutionContext) =>
    GqlExecutionContext.create(context).getContext<GraphQLContext>().traceId,
);

/** The caller's identity, for resolvers to pass to the use case that decides what they may see or do. */
export const CurrentIdentity = createParamDecorator(
  (_: unknown, context: ExecutionContext) =>
    GqlExecutionContext.create(context).getContext<GraphQLContext>().identity,
);
