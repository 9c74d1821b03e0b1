import {
  FieldNode,
  getNamedType,
  getNullableType,
  GraphQLNamedType,
  isInterfaceType,
  isListType,
  isObjectType,
  Kind,
  SelectionSetNode,
} from 'graphql';
import { CheckedOperation, isIntrospectionField, perFragment } from './checked-operation';
import { limitError, LimitCode } from './limit-error';
import { argumentValue, PAGE_SIZE_ARGUMENTS } from './page-size.rule';

/**
 * The cost model, simple enough for a client to work out by hand:
 * - every field costs 1 (`__typename` and introspection fields cost nothing);
 * - a field's selection is paid for once per item the field can return: its `first`/`last` (the larger if both are
 *   given), or, for a list without them, `listSize` items (GRAPHQL_COST_LIST_SIZE);
 * - a list directly inside a paginated field (a connection's `edges` or `nodes`) is that page, already paid for.
 *
 * `people(first: 50) { edges { node { name } } }` costs 1 + 50 × (1 + 1 × (1 + 1 × 1)) = 151.
 */
export function queryCost(operation: CheckedOperation, listSize: number): number {
  const { schema } = operation;
  const fragmentCost = [false, true].map((insidePage) =>
    perFragment(
      operation,
      (fragment) =>
        costOf(
          fragment.selectionSet,
          schema.getType(fragment.typeCondition.name.value) ?? undefined,
          insidePage,
        ),
      0,
    ),
  );

  function costOf(
    selectionSet: SelectionSetNode,
    parent: GraphQLNamedType | undefined,
    insidePage: boolean,
  ): number {
    let cost = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) cost += fieldCost(selection, parent, insidePage);
      else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const condition = selection.typeCondition && schema.getType(selection.typeCondition.name.value);
        cost += costOf(selection.selectionSet, condition ?? parent, insidePage);
      } else cost += fragmentCost[insidePage ? 1 : 0](selection.name.value);
    }
    return cost;
  }

  function fieldCost(field: FieldNode, parent: GraphQLNamedType | undefined, insidePage: boolean): number {
    if (field.name.value === '__typename' || isIntrospectionField(field)) return 0;
    const definition =
      parent && (isObjectType(parent) || isInterfaceType(parent))
        ? parent.getFields()[field.name.value]
        : undefined;
    const pageSize = pageSizeOf(operation, field);
    const isList = definition !== undefined && isListType(getNullableType(definition.type));
    const items = pageSize ?? (isList && !insidePage ? listSize : 1);
    if (!field.selectionSet) return 1;
    const itemType = definition ? getNamedType(definition.type) : undefined;
    return 1 + items * costOf(field.selectionSet, itemType, pageSize !== undefined);
  }

  return costOf(
    operation.operation.selectionSet,
    schema.getRootType(operation.operation.operation) ?? undefined,
    false,
  );
}

function pageSizeOf(operation: CheckedOperation, field: FieldNode): number | undefined {
  const sizes = PAGE_SIZE_ARGUMENTS.map((name) => argumentValue(operation, field, name)?.value).filter(
    (value): value is number => typeof value === 'number',
  );
  return sizes.length > 0 ? Math.max(...sizes) : undefined;
}

export function checkQueryCost(operation: CheckedOperation, maxCost: number, listSize: number) {
  const cost = queryCost(operation, listSize);
  if (cost <= maxCost) return undefined;
  return limitError(
    LimitCode.QUERY_TOO_COSTLY,
    `Query cost ${cost} exceeds the limit of ${maxCost} (each field costs 1, times its first/last, or ${listSize} for a list without them)`,
    { limit: maxCost, actual: cost },
  );
}
