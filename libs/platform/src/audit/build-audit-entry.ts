import { ANONYMOUS_SUBJECT } from '@civil/auth';
import type { RequestContext } from '../logging/request-context';
import { newTraceId } from '../logging/trace-id';
import { auditableChanges } from './audit-changes';
import { AuditDraft, AuditEntry, AuditJson } from './audit-entry';

export interface AuditCircumstances {
  /** The entry's id: a UUIDv7 from the service's clock, so ids sort like the entries. */
  id: string;
  now: Date;
  service: string;
  /** The request being served; absent when the service acts on its own (a job, an event it consumes). */
  context?: RequestContext;
}

/** A person reading their own record is not audited: only reads of someone else's are. */
export function isOwnRecord(draft: AuditDraft, context?: RequestContext): boolean {
  const caller = context?.identity?.personId;
  return caller !== undefined && draft.subjectPersonId !== undefined && caller === draft.subjectPersonId;
}

/**
 * Builds the entry for a draft, or nothing for a read of the caller's own record. Who comes from the request context;
 * the role acted as is the one authorization allowed, else the caller's only role, else left unknown (the roles held
 * are always kept, so the entry still says what the caller could do).
 */
export function buildAuditEntry(draft: AuditDraft, at: AuditCircumstances): AuditEntry | undefined {
  if (draft.action === 'READ' && isOwnRecord(draft, at.context)) return undefined;
  const identity = at.context?.identity;
  const roles = [...(identity?.roles ?? [])];
  const actingAs = at.context?.actingAs ?? (roles.length === 1 ? roles[0] : undefined);
  const changes = draft.changes === undefined ? undefined : asObject(auditableChanges(draft.changes));
  return {
    id: at.id,
    service: at.service,
    occurredAt: at.now,
    actorSubject: identity?.subject ?? (at.context ? ANONYMOUS_SUBJECT : `service:${at.service}`),
    ...(identity?.personId && { actorPersonId: identity.personId }),
    ...(actingAs && { actingAs }),
    actorRoles: roles,
    action: draft.action,
    operation: draft.operation,
    recordType: draft.recordType,
    recordId: draft.recordId,
    ...(draft.subjectPersonId && { subjectPersonId: draft.subjectPersonId }),
    ...(changes && { changes }),
    traceId: at.context?.traceId ?? newTraceId(),
  };
}

function asObject(value: AuditJson): { [key: string]: AuditJson } {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? value : { value };
}
