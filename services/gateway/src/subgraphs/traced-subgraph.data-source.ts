import { GraphQLDataSourceProcessOptions, RemoteGraphQLDataSource } from '@apollo/gateway';
import { ANONYMOUS, Identity, INTERNAL_TOKEN_HEADER, InternalTokenSigner } from '@civil/auth';
import { REQUEST_ID_HEADER, TRACEPARENT_HEADER } from '@civil/platform';

export interface GatewayContext {
  traceId?: string;
  traceparent?: string;
  /** The authenticated caller; anonymous when no bearer token was sent. */
  identity?: Identity;
}

/**
 * Every subgraph call carries the caller's identity in a token signed for that one subgraph, and the request's trace
 * id, so one id follows the request through all services. The caller's own bearer token is never forwarded.
 */
export class TracedSubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(
    options: { url: string },
    private readonly subgraphName: string,
    private readonly signer: InternalTokenSigner,
  ) {
    super(options);
  }

  override async willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>) {
    const traced = context as GatewayContext | undefined;
    const identity = traced?.identity ?? ANONYMOUS;
    request.http?.headers.set(INTERNAL_TOKEN_HEADER, await this.signer.sign(identity, this.subgraphName));
    if (traced?.traceId) request.http?.headers.set(REQUEST_ID_HEADER, traced.traceId);
    if (traced?.traceparent) request.http?.headers.set(TRACEPARENT_HEADER, traced.traceparent);
  }
}
