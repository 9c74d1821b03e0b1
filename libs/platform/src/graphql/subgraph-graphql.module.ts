import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { ApolloFederationDriver, ApolloFederationDriverConfig } from '@nestjs/apollo';
import { DynamicModule, Logger, Type } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { assertEveryResolverAuthorized } from '../authorization/authorization-coverage';
import { buildGraphQLContext } from './graphql-context';
import { maskUnexpectedErrors } from './mask-unexpected-errors';

export const GRAPHQL_PATH = '/graphql';

/** What makes up a subgraph's schema: its resolvers, plus entity types it only extends (no query returns them). */
export interface SubgraphDefinition {
  resolvers: Type[];
  orphanedTypes?: Type[];
}

/**
 * Every subgraph is configured the same way: code-first Federation 2, schema kept in memory (the composed supergraph
 * is the checked-in artefact), sorted so the printed SDL is stable, no stack traces in responses, and no resolver
 * without an authorization policy.
 */
export function subgraphGraphQLModule(
  definition: SubgraphDefinition,
  options: { graphiql?: boolean } = {},
): DynamicModule {
  assertEveryResolverAuthorized(definition.resolvers);
  return GraphQLModule.forRoot<ApolloFederationDriverConfig>({
    driver: ApolloFederationDriver,
    path: GRAPHQL_PATH,
    autoSchemaFile: { federation: 2 },
    sortSchema: true,
    buildSchemaOptions: { orphanedTypes: definition.orphanedTypes ?? [] },
    context: buildGraphQLContext,
    // Field and reference resolvers are entry points too: federation's `_entities` reaches them without passing any
    // Query field, so the authorization guard must run in front of them as well.
    fieldResolverEnhancers: ['guards'],
    graphiql: options.graphiql ?? process.env.NODE_ENV !== 'production',
    includeStacktraceInErrorResponses: false,
    formatError: maskUnexpectedErrors((error) =>
      new Logger('GraphQL').error(error instanceof Error ? error : String(error)),
    ),
    // Inline traces only feed Apollo Studio, which we do not use; they would bloat every subgraph response.
    plugins: [ApolloServerPluginInlineTraceDisabled()],
  });
}
