import { Kind, SelectionSetNode } from 'graphql';
import { CheckedOperation, isIntrospectionField, perFragment } from './checked-operation';
import { limitError, LimitCode } from './limit-error';

/** Aliases the operation would execute: a fragment's count once for every place it is spread. */
export function aliasCount(operation: CheckedOperation): number {
  const fragmentAliases = perFragment(operation, (fragment) => aliasesIn(fragment.selectionSet), 0);
  function aliasesIn(selectionSet: SelectionSetNode): number {
    let count = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        if (isIntrospectionField(selection)) continue;
        count += (selection.alias ? 1 : 0) + (selection.selectionSet ? aliasesIn(selection.selectionSet) : 0);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) count += aliasesIn(selection.selectionSet);
      else count += fragmentAliases(selection.name.value);
    }
    return count;
  }
  return aliasesIn(operation.operation.selectionSet);
}

export function checkAliasCount(operation: CheckedOperation, maxAliases: number) {
  const count = aliasCount(operation);
  if (count <= maxAliases) return undefined;
  return limitError(LimitCode.TOO_MANY_ALIASES, `Query uses ${count} aliases; the limit is ${maxAliases}`, {
    limit: maxAliases,
    actual: count,
  });
}
