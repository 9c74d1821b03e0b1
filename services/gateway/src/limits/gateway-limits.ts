import { ApolloDriverConfig } from '@nestjs/apollo';
import { Logger } from '@civil/platform';
import { Provider } from '@nestjs/common';
import { GraphQLLimits } from './graphql-limits.config';
import { maskGatewayErrors } from './mask-gateway-errors';
import { operationLimitsPlugin } from './operation-limits.plugin';
import { ClientRequest, rateLimitedContext } from './rate-limit.context';
import { requestBodyLimitsProvider } from './request-body.limits';
import { Clock, TokenBucketRateLimiter } from './token-bucket.rate-limiter';

/**
 * Everything that keeps one request from costing the gateway (or the subgraphs behind it) too much, wired into the
 * gateway's Apollo Server in one place. One instance per gateway app: it holds the rate limiter's buckets.
 */
export class GatewayLimits {
  private readonly rateLimiter: TokenBucketRateLimiter;

  constructor(
    private readonly limits: GraphQLLimits,
    private readonly logger: Logger,
    clock?: Clock,
  ) {
    this.rateLimiter = new TokenBucketRateLimiter(
      { perMinute: limits.rateLimitPerMinute, burst: limits.rateLimitBurst },
      clock,
    );
  }

  /** The gateway's context function, made to spend a rate-limit token first. */
  rateLimited<A extends { req: ClientRequest }, C>(context: (args: A) => C): (args: A) => C {
    return rateLimitedContext(
      this.rateLimiter,
      { perMinute: this.limits.rateLimitPerMinute, burst: this.limits.rateLimitBurst },
      context,
    );
  }

  /** Apollo Server options: operation limits before any subgraph call, errors masked on the way out. */
  apolloOptions() {
    return {
      plugins: [operationLimitsPlugin(this.limits)],
      formatError: maskGatewayErrors(({ errorId, formatted, error }) =>
        this.logger.error(
          { errorId, err: error, graphqlError: formatted },
          'unexpected GraphQL error (masked)',
        ),
      ),
      // The limits plugin refuses introspection in production with INTROSPECTION_DISABLED; Apollo's own switch
      // would refuse it first, under the generic GRAPHQL_VALIDATION_FAILED.
      introspection: true,
      // Without introspection, "Did you mean ...?" suggestions would leak the schema field by field.
      hideSchemaDetailsFromClientErrors: this.limits.mode === 'production',
      allowBatchedHttpRequests: false,
      // Bounds the work parsing and graphql-js validation do before the limits plugin runs: a 100 kB body can hold
      // tens of thousands of repeated fields, and overlapping-field validation is quadratic in them.
      parseOptions: { maxTokens: this.limits.maxTokens },
      // Apollo's guard against fragments that spread each other into an exponential number of selections.
      maxRecursiveSelections: true,
    } satisfies Partial<ApolloDriverConfig>;
  }

  /** The body size limit and batch refusal, installed on the HTTP server ahead of Nest's own body parsers. */
  providers(): Provider[] {
    return [requestBodyLimitsProvider(this.limits.maxBodyBytes)];
  }
}
