import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { ApolloFederationDriver, ApolloFederationDriverConfig } from '@nestjs/apollo';
import { DynamicModule, Logger, Type } from '@nestjs/common';
import { BuildSchemaOptions, GraphQLModule } from '@nestjs/graphql';
import { assertEveryResolverAuthorized } from '../authorization/authorization-coverage';
import { buildGraphQLContext } from './graphql-context';
import { maskUnexpectedErrors } from './mask-unexpected-errors';

export const GRAPHQL_PATH = '/graphql';

/** What makes up a subgraph's schema: its resolvers, plus entity types it only extends (no query returns them). */
export interface SubgraphDefinition {
  resolvers: Type[];
  orphanedTypes?: Type[];
  /**
   * A marker class for the subgraph's own nested types (connections, edges, page info, value types): declare them with
   * `registerIn: () => TheMarker` and they appear in this subgraph's schema only. Nest keeps every decorated type in
   * one process-wide store and, when it builds a schema, adds the types any known object type's fields refer to; so
   * without this a connection's edge type (and the Person its `node` returns) leaks into every other subgraph built in
   * the same process (`npm run compose`, `npm start`) and composition fails.
   */
  typeScope?: Type;
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
    buildSchemaOptions: buildSchemaOptionsFor(definition),
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

/** Stands for "no scope of its own": a subgraph without one still filters out the types other subgraphs scoped. */
class UnscopedSubgraph {}

function buildSchemaOptionsFor(definition: SubgraphDefinition): BuildSchemaOptions {
  // `includeModules` is how Nest's schema factory receives GraphQLModule's `include`, which the federation driver does
  // not pass on (@nestjs/graphql 14): set here, it switches on the filtering of types by `registerIn` without changing
  // how resolvers are found. Types without `registerIn` stay in every schema, as before. If an upgrade drops the option,
  // `npm run compose` fails (types leak again) rather than anything passing silently.
  const options: BuildSchemaOptions & { includeModules: Type[] } = {
    orphanedTypes: definition.orphanedTypes ?? [],
    includeModules: [definition.typeScope ?? UnscopedSubgraph],
  };
  return options;
}
