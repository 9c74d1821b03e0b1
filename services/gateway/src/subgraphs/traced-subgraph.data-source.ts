import { GraphQLDataSourceProcessOptions, RemoteGraphQLDataSource } from '@apollo/gateway';
import { REQUEST_ID_HEADER, TRACEPARENT_HEADER } from '@civil/platform';

export interface GatewayContext {
  traceId?: string;
  traceparent?: string;
}

/** Passes the request's trace id on to every subgraph call, so one id follows the request through all services. */
export class TracedSubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    const traced = context as GatewayContext | undefined;
    if (traced?.traceId) request.http?.headers.set(REQUEST_ID_HEADER, traced.traceId);
    if (traced?.traceparent) request.http?.headers.set(TRACEPARENT_HEADER, traced.traceparent);
  }
}
