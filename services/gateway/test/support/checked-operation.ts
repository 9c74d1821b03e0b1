import { buildSchema, getOperationAST, GraphQLSchema, parse, validate } from 'graphql';
import { CheckedOperation } from '../../src/limits/checked-operation';

/** A schema shaped like the platform's: a connection with first/last, a self-reference for depth, a plain list. */
export const LIMITS_TEST_SCHEMA = buildSchema(`
  type Query {
    people(first: Int, last: Int): PersonConnection!
    person(id: ID!): Person
    tags: [String!]!
    colleagues: [Person!]!
  }
  type Mutation { rename(id: ID!, name: String!): Person! }
  type PersonConnection { edges: [PersonEdge!]! nodes: [Person!]! totalCount: Int! }
  type PersonEdge { cursor: String! node: Person! }
  type Person { id: ID! name: String! manager: Person reports(first: Int, last: Int): PersonConnection! }
`);

/** Parses and validates a document as Apollo would before the limits run; fails the test on an invalid one. */
export function checkedOperation(
  source: string,
  variables: Record<string, unknown> = {},
  schema: GraphQLSchema = LIMITS_TEST_SCHEMA,
): CheckedOperation {
  const document = parse(source);
  const errors = validate(schema, document);
  if (errors.length > 0) throw new Error(`Invalid test document: ${errors.map((e) => e.message).join('; ')}`);
  const operation = getOperationAST(document);
  if (!operation) throw new Error('The test document must hold exactly one operation');
  return { document, operation, variables, schema };
}
