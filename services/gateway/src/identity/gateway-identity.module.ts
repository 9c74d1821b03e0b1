import { BearerTokenVerifier } from '@civil/auth';
import { GRAPHQL_PATH, Logger } from '@civil/platform';
import { DynamicModule, Inject, MiddlewareConsumer, Module, NestModule } from '@nestjs/common';
import { bearerAuthentication } from './bearer-authentication.middleware';

const BEARER_AUTHENTICATION = Symbol('BEARER_AUTHENTICATION');

export interface GatewayIdentityOptions {
  /** Absent: only anonymous requests get through (tests of other concerns); any bearer token is refused. */
  bearerTokens?: BearerTokenVerifier;
  logger: Logger;
}

/**
 * Authentication at the gateway. Nest registers module middleware when the app initialises, after createServiceApp's
 * request id middleware (so refusals carry the request id) and before the GraphQL module mounts Apollo Server.
 */
@Module({})
export class GatewayIdentityModule implements NestModule {
  constructor(@Inject(BEARER_AUTHENTICATION) private readonly options: GatewayIdentityOptions) {}

  static forRoot(options: GatewayIdentityOptions): DynamicModule {
    return {
      module: GatewayIdentityModule,
      providers: [{ provide: BEARER_AUTHENTICATION, useValue: options }],
    };
  }

  configure(consumer: MiddlewareConsumer): void {
    // Apollo answers every path under /graphql (Express `use`); Nest mounts this path the same way, so the
    // middleware covers them all (authentication.int-spec.ts checks /graphql/anything).
    consumer
      .apply(bearerAuthentication(this.options.bearerTokens, this.options.logger))
      .forRoutes(GRAPHQL_PATH);
  }
}
