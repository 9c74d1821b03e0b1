import { SetMetadata } from '@nestjs/common';
import type { AuditAction } from '@civil/contracts';

export const AUDITED = 'civil:audited';

/** How to tell, from a resolver's result and arguments, which record it touched and what changed. */
export interface AuditedOptions<TResult, TArgs> {
  recordType: string;
  recordId: (result: TResult, args: TArgs) => string;
  subjectPersonId?: (result: TResult, args: TArgs) => string | undefined;
  /** Mutations: the change to keep (see createdRecord, changedFields). Never include secrets. */
  changes?: (args: TArgs, result: TResult) => unknown;
}

export interface AuditedDeclaration extends AuditedOptions<unknown, Record<string, unknown>> {
  action: AuditAction;
}

/**
 * Names the record a mutation changes, for the audit entry the AuditInterceptor records in the mutation's
 * transaction. A mutation without it is still recorded, with its return type, the result's id and its arguments.
 */
export function AuditedMutation<TResult = unknown, TArgs = Record<string, unknown>>(
  options: AuditedOptions<TResult, TArgs>,
): MethodDecorator {
  return SetMetadata(AUDITED, { ...options, action: 'MUTATION' });
}

/** A query that reads a person's record: audited, in a transaction of its own, unless the caller is that person. */
export function AuditedRead<TResult = unknown, TArgs = Record<string, unknown>>(
  options: AuditedOptions<TResult, TArgs> & Required<Pick<AuditedOptions<TResult, TArgs>, 'subjectPersonId'>>,
): MethodDecorator {
  return SetMetadata(AUDITED, { ...options, action: 'READ' });
}
