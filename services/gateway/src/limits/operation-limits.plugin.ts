import { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { CheckedOperation } from './checked-operation';
import { checkAliasCount } from './alias-count.rule';
import { GraphQLLimits } from './graphql-limits.config';
import { checkIntrospection } from './introspection.rule';
import { checkPageSizes } from './page-size.rule';
import { checkQueryCost } from './query-cost.rule';
import { checkQueryDepth } from './query-depth.rule';

export type OperationLimits = Pick<
  GraphQLLimits,
  'mode' | 'maxDepth' | 'maxAliases' | 'maxPageSize' | 'maxCost' | 'costListSize'
>;

/** The first limit the operation breaks, or undefined. Page sizes come before cost, which multiplies by them. */
export function firstLimitBroken(
  operation: CheckedOperation,
  limits: OperationLimits,
): GraphQLError | undefined {
  return (
    (limits.mode === 'production' ? checkIntrospection(operation) : undefined) ??
    checkQueryDepth(operation, limits.maxDepth) ??
    checkAliasCount(operation, limits.maxAliases) ??
    checkPageSizes(operation, limits.maxPageSize) ??
    checkQueryCost(operation, limits.maxCost, limits.costListSize)
  );
}

/**
 * Checks each operation once Apollo has parsed and validated it and knows which operation runs, before the gateway
 * plans a single subgraph call. Not graphql validation rules: those cannot see variables, and Apollo would report
 * their errors under the generic GRAPHQL_VALIDATION_FAILED code instead of ours.
 */
export function operationLimitsPlugin(limits: OperationLimits): ApolloServerPlugin<BaseContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation, request, schema }) {
          // No operation to run: Apollo answers that itself, without calling anyone.
          if (!operation) return;
          const broken = firstLimitBroken(
            { document, operation, variables: request.variables ?? {}, schema },
            limits,
          );
          if (broken) throw broken;
        },
      };
    },
  };
}
