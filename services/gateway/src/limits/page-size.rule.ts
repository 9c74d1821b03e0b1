import { FieldNode, GraphQLError, Kind, SelectionSetNode, valueFromASTUntyped } from 'graphql';
import { CheckedOperation, perFragment } from './checked-operation';
import { limitError, LimitCode } from './limit-error';

export const PAGE_SIZE_ARGUMENTS = ['first', 'last'] as const;

/**
 * What an argument amounts to in this request: its literal, or its variable's value (the variable's default when
 * the client sent none). Undefined when the argument is absent or null, i.e. the field's own default applies.
 */
export function argumentValue(
  operation: CheckedOperation,
  field: FieldNode,
  name: string,
): { value: unknown; variable?: string } | undefined {
  const argument = field.arguments?.find((candidate) => candidate.name.value === name);
  if (!argument) return undefined;
  if (argument.value.kind !== Kind.VARIABLE) {
    const value: unknown = valueFromASTUntyped(argument.value);
    return value === null ? undefined : { value };
  }
  const variable = argument.value.name.value;
  const value = Object.prototype.hasOwnProperty.call(operation.variables, variable)
    ? operation.variables[variable]
    : defaultOf(operation, variable);
  return value === null || value === undefined ? undefined : { value, variable };
}

function defaultOf(operation: CheckedOperation, variable: string): unknown {
  const definition = operation.operation.variableDefinitions?.find(
    (candidate) => candidate.variable.name.value === variable,
  );
  return definition?.defaultValue ? valueFromASTUntyped(definition.defaultValue) : undefined;
}

/** Every `first` and `last` the operation would pass, wherever they are and however they are given, is 1..max. */
export function checkPageSizes(operation: CheckedOperation, maxPageSize: number): GraphQLError | undefined {
  const inFragment = perFragment<GraphQLError | null>(
    operation,
    (fragment) => firstBadIn(fragment.selectionSet) ?? null,
    null,
  );
  function firstBadIn(selectionSet: SelectionSetNode): GraphQLError | undefined {
    for (const selection of selectionSet.selections) {
      const bad =
        selection.kind === Kind.FIELD
          ? (badArgument(selection) ?? (selection.selectionSet && firstBadIn(selection.selectionSet)))
          : selection.kind === Kind.INLINE_FRAGMENT
            ? firstBadIn(selection.selectionSet)
            : inFragment(selection.name.value);
      if (bad) return bad;
    }
    return undefined;
  }
  function badArgument(field: FieldNode): GraphQLError | undefined {
    for (const name of PAGE_SIZE_ARGUMENTS) {
      const given = argumentValue(operation, field, name);
      if (!given) continue;
      const { value, variable } = given;
      if (typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= maxPageSize)
        continue;
      const source = variable ? ` (from $${variable})` : '';
      return limitError(
        LimitCode.PAGE_SIZE_OUT_OF_RANGE,
        `"${name}" on field "${field.name.value}"${source} must be an integer from 1 to ${maxPageSize}; got ${JSON.stringify(value)}`,
        { argument: name, field: field.name.value, min: 1, max: maxPageSize, actual: value },
      );
    }
    return undefined;
  }
  return firstBadIn(operation.operation.selectionSet);
}
