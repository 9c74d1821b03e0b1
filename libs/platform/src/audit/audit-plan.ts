import { getNamedType, GraphQLResolveInfo } from 'graphql';
import { AuditDraft } from './audit-entry';
import { AuditedDeclaration } from './audited.decorator';

type Args = Record<string, unknown>;

/** What the interceptor will record once the resolver has returned; nothing for an unaudited query. */
export interface AuditPlan {
  draftFor(result: unknown, args: Args): AuditDraft | undefined;
}

type RootField = Pick<GraphQLResolveInfo, 'parentType' | 'fieldName' | 'returnType'>;

/**
 * Every mutation is audited: with its declaration when it has one, else with what GraphQL itself says (return type,
 * the result's id, the arguments). A query is audited only when declared (a read of a person's record), and only
 * when it found something: a read that failed read nothing.
 */
export function auditPlanFor(info: RootField, declared?: AuditedDeclaration): AuditPlan | undefined {
  const operation = `${info.parentType.name}.${info.fieldName}`;
  if (declared) {
    return {
      draftFor: (result, args) => {
        if (declared.action === 'READ' && (result === null || result === undefined)) return undefined;
        return {
          action: declared.action,
          operation,
          recordType: declared.recordType,
          recordId: declared.recordId(result, args),
          subjectPersonId: declared.subjectPersonId?.(result, args),
          changes: declared.changes?.(args, result),
        };
      },
    };
  }
  if (info.parentType.name !== 'Mutation') return undefined;
  const recordType = getNamedType(info.returnType).name;
  return {
    draftFor: (result, args) => ({
      action: 'MUTATION',
      operation,
      recordType,
      recordId: idOf(result) ?? '(none)',
      changes: { arguments: args },
    }),
  };
}

function idOf(result: unknown): string | undefined {
  const id = (result as { id?: unknown } | null | undefined)?.id;
  return typeof id === 'string' || typeof id === 'number' ? String(id) : undefined;
}
