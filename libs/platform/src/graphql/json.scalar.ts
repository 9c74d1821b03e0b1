import { GraphQLScalarType, valueFromASTUntyped } from 'graphql';

/**
 * Any JSON value, for documents whose shape is data rather than schema (the audit trail's changes, a right-of-access
 * export). Ours rather than a package's: it is a few lines, and every subgraph must declare exactly the same scalar
 * for composition.
 */
export const JsonScalar = new GraphQLScalarType({
  name: 'JSON',
  description: 'Any JSON value: an object, array, string, number, boolean or null.',
  serialize: (value) => value,
  parseValue: (value) => value,
  parseLiteral: (ast, variables) => valueFromASTUntyped(ast, variables),
});
