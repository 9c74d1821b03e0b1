import { ApolloGatewayDriver, ApolloGatewayDriverConfig } from '@nestjs/apollo';
import {
  AuthenticatedRequest,
  BearerTokenVerifier,
  InternalSigningJwk,
  InternalTokenSigner,
} from '@civil/auth';
import { DynamicModule, Module } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { GRAPHQL_PATH, Logger, TracedRequest } from '@civil/platform';
import { INTERNAL_SIGNING_KEY, SUBGRAPH_URLS } from './gateway.tokens';
import { GatewayIdentityModule } from './identity/gateway-identity.module';
import { InternalJwksController } from './identity/internal-jwks.controller';
import { GatewayLimits } from './limits/gateway-limits';
import { GraphQLLimits } from './limits/graphql-limits.config';
import { GatewayHealthController } from './health/gateway-health.controller';
import { SubgraphName, SubgraphUrls } from './subgraphs/subgraph-urls';
import { GatewayContext, TracedSubgraphDataSource } from './subgraphs/traced-subgraph.data-source';

export interface GatewayModuleOptions {
  supergraphSdl: string;
  subgraphUrls: SubgraphUrls;
  /** Signs the caller's identity for each subgraph call (see TracedSubgraphDataSource). */
  internalSigningKey: InternalSigningJwk;
  internalTokenSigner: InternalTokenSigner;
  /** Checks callers' bearer tokens (see identity/); absent, only anonymous requests get through. */
  bearerTokens?: BearerTokenVerifier;
  /** What one request may ask (see limits/); checked before any subgraph is called. */
  limits: GraphQLLimits;
  /** Errors masked at the gateway are logged here in full, under the id the caller is given. */
  logger: Logger;
}

function contextOf({ req }: { req: TracedRequest & AuthenticatedRequest }): GatewayContext {
  const traceparent = req.headers.traceparent;
  return {
    traceId: req.traceId,
    traceparent: typeof traceparent === 'string' ? traceparent : undefined,
    identity: req.identity,
  };
}

@Module({})
export class GatewayModule {
  static forRoot(options: GatewayModuleOptions): DynamicModule {
    const limits = new GatewayLimits(options.limits, options.logger);
    return {
      module: GatewayModule,
      imports: [
        GatewayIdentityModule.forRoot({ bearerTokens: options.bearerTokens, logger: options.logger }),
        GraphQLModule.forRoot<ApolloGatewayDriverConfig>({
          driver: ApolloGatewayDriver,
          server: {
            path: GRAPHQL_PATH,
            context: limits.rateLimited(contextOf),
            includeStacktraceInErrorResponses: false,
            ...limits.apolloOptions(),
          },
          gateway: {
            supergraphSdl: options.supergraphSdl,
            // The supergraph carries default URLs; where the subgraphs really are is deployment configuration.
            buildService: ({ name, url }) =>
              new TracedSubgraphDataSource(
                { url: options.subgraphUrls[name as SubgraphName] ?? url },
                name,
                options.internalTokenSigner,
              ),
          },
        }),
      ],
      controllers: [GatewayHealthController, InternalJwksController],
      providers: [
        { provide: SUBGRAPH_URLS, useValue: options.subgraphUrls },
        { provide: INTERNAL_SIGNING_KEY, useValue: options.internalSigningKey },
        ...limits.providers(),
      ],
    };
  }
}
