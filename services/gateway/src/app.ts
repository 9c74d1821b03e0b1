import { BearerTokenVerifier, InternalSigningJwk, InternalTokenSigner } from '@civil/auth';
import { createRootLogger, createServiceApp, Logger } from '@civil/platform';
import { INestApplication } from '@nestjs/common';
import { GatewayModule } from './gateway.module';
import { GraphQLLimits, graphqlLimitsFromEnv } from './limits/graphql-limits.config';
import { readSupergraph } from './subgraphs/supergraph';
import { DEFAULT_SUBGRAPH_URLS, SubgraphUrls } from './subgraphs/subgraph-urls';

export interface GatewayRuntime {
  /** When given, the returned app is already listening on it; otherwise call `app.listen(port)`. */
  port?: number;
  /** Where each subgraph listens; missing ones default to localhost:4001..4003. */
  subgraphUrls?: Partial<SubgraphUrls>;
  logger?: Logger;
  /** The private key the gateway signs internal tokens with; its public half is served at /.well-known/jwks.json. */
  internalSigningKey: InternalSigningJwk;
  /**
   * Checks callers' bearer tokens: OIDC or the development issuer (see identity/gateway-identity.ts). Absent, only
   * anonymous requests get through and any bearer token is refused.
   */
  bearerTokens?: BearerTokenVerifier;
  /** Default: infra/graphql/supergraph.graphql (or SUPERGRAPH_PATH). */
  supergraphSdl?: string;
  /** Overrides of the GraphQL limits; the others come from the environment (GRAPHQL_*, RATE_LIMIT_*, NODE_ENV). */
  limits?: Partial<GraphQLLimits>;
}

/** The federation gateway: serves the checked-in supergraph and routes to the subgraphs. No domain code. */
export async function createGatewayApp(runtime: GatewayRuntime): Promise<INestApplication> {
  const logger = (runtime.logger ?? createRootLogger()).child({ service: 'gateway' });
  const subgraphUrls = { ...DEFAULT_SUBGRAPH_URLS, ...runtime.subgraphUrls };
  const module = GatewayModule.forRoot({
    supergraphSdl: runtime.supergraphSdl ?? readSupergraph(),
    subgraphUrls,
    internalSigningKey: runtime.internalSigningKey,
    internalTokenSigner: await InternalTokenSigner.fromJwk(runtime.internalSigningKey),
    bearerTokens: runtime.bearerTokens,
    limits: { ...graphqlLimitsFromEnv(process.env), ...runtime.limits },
    logger,
  });
  return createServiceApp(module, { logger, port: runtime.port });
}
