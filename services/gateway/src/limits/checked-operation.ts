import {
  DocumentNode,
  FieldNode,
  FragmentDefinitionNode,
  GraphQLSchema,
  Kind,
  OperationDefinitionNode,
} from 'graphql';

/** One operation as the limit rules see it, after parsing and validation and before any resolver runs. */
export interface CheckedOperation {
  document: DocumentNode;
  operation: OperationDefinitionNode;
  /** As the client sent them: Apollo coerces them only later, at execution. */
  variables: Readonly<Record<string, unknown>>;
  schema: GraphQLSchema;
}

const INTROSPECTION_FIELDS = new Set(['__schema', '__type']);

/** `__schema` and `__type` are answered by the gateway itself and governed by the introspection switch alone. */
export function isIntrospectionField(field: FieldNode): boolean {
  return INTROSPECTION_FIELDS.has(field.name.value);
}

/**
 * A per-fragment value computed once however often the fragment is spread: a few fragments each spreading the next
 * twice would otherwise make every walk exponential in the document's size. A fragment spread inside itself or never
 * defined (both refused by validation before the rules run) counts as `neutral`.
 */
export function perFragment<T>(
  operation: CheckedOperation,
  compute: (fragment: FragmentDefinitionNode) => T,
  neutral: T,
): (name: string) => T {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of operation.document.definitions)
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  const values = new Map<string, T>();
  return (name) => {
    const known = values.get(name);
    if (known !== undefined) return known;
    const fragment = fragments.get(name);
    if (!fragment) return neutral;
    values.set(name, neutral);
    const value = compute(fragment);
    values.set(name, value);
    return value;
  };
}
