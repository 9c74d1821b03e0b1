import { BREAK, FieldNode, visit } from 'graphql';
import { CheckedOperation, isIntrospectionField } from './checked-operation';
import { limitError, LimitCode } from './limit-error';

/**
 * In production the schema is not for browsing: `__schema` and `__type` are refused anywhere in the document.
 * `__typename` stays allowed; clients need it to tell union and interface members apart.
 */
export function checkIntrospection(operation: CheckedOperation) {
  let asked: FieldNode | undefined;
  visit(operation.document, {
    Field(field) {
      if (!isIntrospectionField(field)) return undefined;
      asked = field;
      return BREAK;
    },
  });
  if (!asked) return undefined;
  return limitError(
    LimitCode.INTROSPECTION_DISABLED,
    `Introspection is disabled in production mode; the query asks for ${asked.name.value}`,
    { field: asked.name.value },
  );
}
