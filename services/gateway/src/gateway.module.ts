import { ApolloGatewayDriver, ApolloGatewayDriverConfig } from '@nestjs/apollo';
import { AuthenticatedRequest, InternalSigningJwk, InternalTokenSigner } from '@civil/auth';
import { DynamicModule, Module } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { GRAPHQL_PATH, TracedRequest } from '@civil/platform';
import { INTERNAL_SIGNING_KEY, SUBGRAPH_URLS } from './gateway.tokens';
import { InternalJwksController } from './identity/internal-jwks.controller';
import { GatewayHealthController } from './health/gateway-health.controller';
import { SubgraphName, SubgraphUrls } from './subgraphs/subgraph-urls';
import { GatewayContext, TracedSubgraphDataSource } from './subgraphs/traced-subgraph.data-source';

export interface GatewayModuleOptions {
  supergraphSdl: string;
  subgraphUrls: SubgraphUrls;
  /** Signs the caller's identity for each subgraph call (see TracedSubgraphDataSource). */
  internalSigningKey: InternalSigningJwk;
  internalTokenSigner: InternalTokenSigner;
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
    return {
      module: GatewayModule,
      imports: [
        GraphQLModule.forRoot<ApolloGatewayDriverConfig>({
          driver: ApolloGatewayDriver,
          server: { path: GRAPHQL_PATH, context: contextOf, includeStacktraceInErrorResponses: false },
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
      ],
    };
  }
}
