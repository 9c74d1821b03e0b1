import { InternalSigningJwk, InternalTokenSigner } from '@civil/auth';
import { createRootLogger, createServiceApp, Logger } from '@civil/platform';
import { INestApplication } from '@nestjs/common';
import { GatewayModule } from './gateway.module';
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
  /** Default: infra/graphql/supergraph.graphql (or SUPERGRAPH_PATH). */
  supergraphSdl?: string;
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
  });
  return createServiceApp(module, { logger, port: runtime.port });
}
