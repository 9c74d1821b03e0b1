import { ConfigError } from '@civil/platform';
import { graphqlLimitsFromEnv } from './graphql-limits.config';

describe('GraphQL limits configuration', () => {
  it('defaults every limit, in development mode unless NODE_ENV=production', () => {
    expect(graphqlLimitsFromEnv({})).toEqual({
      mode: 'development',
      maxDepth: 8,
      maxAliases: 15,
      maxCost: 1000,
      costListSize: 10,
      maxPageSize: 100,
      maxTokens: 5000,
      maxBodyBytes: 102_400,
      rateLimitPerMinute: 600,
      rateLimitBurst: 100,
    });
    expect(graphqlLimitsFromEnv({ NODE_ENV: 'test' }).mode).toBe('development');
    expect(graphqlLimitsFromEnv({ NODE_ENV: 'production' }).mode).toBe('production');
  });

  it('reads each limit from its variable', () => {
    expect(
      graphqlLimitsFromEnv({
        GRAPHQL_MAX_DEPTH: '5',
        GRAPHQL_MAX_BODY_BYTES: '2048',
        RATE_LIMIT_PER_MINUTE: '60',
      }),
    ).toMatchObject({ maxDepth: 5, maxBodyBytes: 2048, rateLimitPerMinute: 60 });
  });

  it('fails naming each bad variable', () => {
    expect(() => graphqlLimitsFromEnv({ GRAPHQL_MAX_DEPTH: '0', RATE_LIMIT_BURST: 'lots' })).toThrow(
      ConfigError,
    );
    expect(() => graphqlLimitsFromEnv({ GRAPHQL_MAX_DEPTH: '0', RATE_LIMIT_BURST: 'lots' })).toThrow(
      /GRAPHQL_MAX_DEPTH .*; RATE_LIMIT_BURST /,
    );
  });
});
