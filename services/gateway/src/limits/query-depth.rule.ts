import { Kind, SelectionSetNode } from 'graphql';
import { CheckedOperation, isIntrospectionField, perFragment } from './checked-operation';
import { limitError, LimitCode } from './limit-error';

/** How deeply fields nest: `{ a { b } }` is 2. Fragments and inline fragments add no depth of their own. */
export function queryDepth(operation: CheckedOperation): number {
  const fragmentDepth = perFragment(operation, (fragment) => depthOf(fragment.selectionSet), 0);
  function depthOf(selectionSet: SelectionSetNode): number {
    let deepest = 0;
    for (const selection of selectionSet.selections) {
      let depth = 0;
      if (selection.kind === Kind.FIELD) {
        if (!isIntrospectionField(selection))
          depth = 1 + (selection.selectionSet ? depthOf(selection.selectionSet) : 0);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) depth = depthOf(selection.selectionSet);
      else depth = fragmentDepth(selection.name.value);
      deepest = Math.max(deepest, depth);
    }
    return deepest;
  }
  return depthOf(operation.operation.selectionSet);
}

export function checkQueryDepth(operation: CheckedOperation, maxDepth: number) {
  const depth = queryDepth(operation);
  if (depth <= maxDepth) return undefined;
  return limitError(LimitCode.QUERY_TOO_DEEP, `Query depth ${depth} exceeds the limit of ${maxDepth}`, {
    limit: maxDepth,
    actual: depth,
  });
}
