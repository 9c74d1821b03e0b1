import { composeServices } from '@apollo/composition';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { startStandaloneServer } from '@apollo/server/standalone';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { GraphQLError, parse } from 'graphql';

/** Leaks a password and a host on purpose: the gateway must not pass it on. */
export const INTERNAL_FAILURE =
  'connection to 10.0.0.7:5432 failed: password authentication failed for user "people"';

const TYPE_DEFS = parse(`
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])

  type Query {
    people(first: Int, last: Int): PersonConnection!
    person(id: ID!): Person
    "Fails the way a bug does."
    broken: String
    "Refuses the way a use case does: NOT_FOUND, and a domain rule's own code."
    missing: String
    refusedByRule: String
  }

  type PersonConnection {
    edges: [PersonEdge!]!
    totalCount: Int!
  }

  type PersonEdge {
    cursor: String!
    node: Person!
  }

  type Person @key(fields: "id") {
    id: ID!
    name: String!
    manager: Person
    reports(first: Int, last: Int): PersonConnection!
  }
`);

/** Counts every HTTP request and resolver call, so a test can show a refusal reached no subgraph. */
export interface SubgraphCalls {
  requests: number;
  resolvers: number;
}

function personNamed(id: string) {
  return { id, name: `Person ${id}` };
}

/** A small federated subgraph with a connection, a self-referencing type for depth, and failing fields. */
export async function startStubSubgraph(): Promise<{
  url: string;
  calls: SubgraphCalls;
  supergraphSdl: string;
  stop: () => Promise<void>;
}> {
  const calls: SubgraphCalls = { requests: 0, resolvers: 0 };
  const connection = (size: number) => ({
    totalCount: size,
    edges: Array.from({ length: size }, (_, i) => ({ cursor: String(i), node: personNamed(`p${i}`) })),
  });
  const counted =
    <A extends unknown[], R>(resolve: (...args: A) => R) =>
    (...args: A): R => {
      calls.resolvers += 1;
      return resolve(...args);
    };
  const resolvers = {
    Query: {
      people: counted((_: unknown, args: { first?: number; last?: number }) =>
        connection(args.first ?? args.last ?? 3),
      ),
      person: counted((_: unknown, args: { id: string }) => personNamed(args.id)),
      broken: counted(() => {
        throw new Error(INTERNAL_FAILURE);
      }),
      missing: counted(() => {
        throw new GraphQLError('Person p-404 was not found', {
          extensions: { code: 'NOT_FOUND', id: 'p-404' },
        });
      }),
      refusedByRule: counted(() => {
        throw new GraphQLError('fte must be between 0.1 and 1', {
          extensions: { code: 'PERSON.FTE_OUT_OF_RANGE', field: 'fte' },
        });
      }),
    },
    Person: {
      __resolveReference: counted((reference: { id: string }) => personNamed(reference.id)),
      manager: counted((person: { id: string }) => personNamed(`${person.id}-manager`)),
      reports: counted((_: unknown, args: { first?: number; last?: number }) =>
        connection(args.first ?? args.last ?? 3),
      ),
    },
  };
  const server = new ApolloServer({
    schema: buildSubgraphSchema({ typeDefs: TYPE_DEFS, resolvers }),
    // As a careless subgraph would: the gateway must strip them.
    includeStacktraceInErrorResponses: true,
    plugins: [
      ApolloServerPluginInlineTraceDisabled(),
      {
        async requestDidStart() {
          calls.requests += 1;
        },
      },
    ],
  });
  const { url } = await startStandaloneServer(server, { listen: { port: 0, host: '127.0.0.1' } });
  const composed = composeServices([{ name: 'stub', url, typeDefs: TYPE_DEFS }]);
  if (composed.errors)
    throw new Error(`Composition failed: ${composed.errors.map((e) => e.message).join('; ')}`);
  return { url, calls, supergraphSdl: composed.supergraphSdl, stop: () => server.stop() };
}
