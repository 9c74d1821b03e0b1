import { loadConfig } from '@civil/platform';
import { IsIn, IsInt, Max, Min } from 'class-validator';

/** `development` unless NODE_ENV=production; production turns introspection off. */
export type GatewayMode = 'development' | 'production';

/** What one request may ask of the gateway. Every limit is checked before any subgraph is called. */
export interface GraphQLLimits {
  mode: GatewayMode;
  /** Deepest field nesting; fragments add no depth of their own. */
  maxDepth: number;
  maxAliases: number;
  /** See query-cost.rule.ts for the cost model. */
  maxCost: number;
  /** How many items the cost model assumes for a list field without `first`/`last`. */
  costListSize: number;
  /** `first`/`last` must be between 1 and this, literal or variable. */
  maxPageSize: number;
  /** Lexical tokens in one document: bounds the work graphql-js validation does before our checks run. */
  maxTokens: number;
  maxBodyBytes: number;
  rateLimitPerMinute: number;
  rateLimitBurst: number;
}

/** The limits' environment variables, validated at start-up like the rest of the gateway's configuration. */
export class GraphQLLimitsConfig {
  @IsIn(['development', 'test', 'production'])
  NODE_ENV: 'development' | 'test' | 'production' = 'development';

  @IsInt()
  @Min(1)
  @Max(100)
  GRAPHQL_MAX_DEPTH: number = 8;

  @IsInt()
  @Min(0)
  @Max(1000)
  GRAPHQL_MAX_ALIASES: number = 15;

  @IsInt()
  @Min(1)
  @Max(10_000_000)
  GRAPHQL_MAX_COST: number = 1000;

  @IsInt()
  @Min(1)
  @Max(10_000)
  GRAPHQL_COST_LIST_SIZE: number = 10;

  @IsInt()
  @Min(1)
  @Max(10_000)
  GRAPHQL_MAX_PAGE_SIZE: number = 100;

  @IsInt()
  @Min(100)
  @Max(1_000_000)
  GRAPHQL_MAX_TOKENS: number = 5000;

  @IsInt()
  @Min(1024)
  @Max(10 * 1024 * 1024)
  GRAPHQL_MAX_BODY_BYTES: number = 100 * 1024;

  @IsInt()
  @Min(1)
  @Max(1_000_000)
  RATE_LIMIT_PER_MINUTE: number = 600;

  @IsInt()
  @Min(1)
  @Max(1_000_000)
  RATE_LIMIT_BURST: number = 100;

  get mode(): GatewayMode {
    return this.NODE_ENV === 'production' ? 'production' : 'development';
  }
}

export function graphqlLimitsFrom(config: GraphQLLimitsConfig): GraphQLLimits {
  return {
    mode: config.mode,
    maxDepth: config.GRAPHQL_MAX_DEPTH,
    maxAliases: config.GRAPHQL_MAX_ALIASES,
    maxCost: config.GRAPHQL_MAX_COST,
    costListSize: config.GRAPHQL_COST_LIST_SIZE,
    maxPageSize: config.GRAPHQL_MAX_PAGE_SIZE,
    maxTokens: config.GRAPHQL_MAX_TOKENS,
    maxBodyBytes: config.GRAPHQL_MAX_BODY_BYTES,
    rateLimitPerMinute: config.RATE_LIMIT_PER_MINUTE,
    rateLimitBurst: config.RATE_LIMIT_BURST,
  };
}

/** Throws a ConfigError naming each bad variable, so a typo stops the gateway at start-up. */
export function graphqlLimitsFromEnv(env: Record<string, string | undefined> = process.env): GraphQLLimits {
  return graphqlLimitsFrom(loadConfig(GraphQLLimitsConfig, env));
}
