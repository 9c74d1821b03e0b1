import type { AuditAction } from '@civil/contracts';

/** A JSON value as the audit trail keeps it: what `auditableChanges` leaves of a change. */
export type AuditJson = string | number | boolean | null | AuditJson[] | { [key: string]: AuditJson };

/** What the code that reads or changes a record says about it; the recorder adds who, when and where. */
export interface AuditDraft {
  action: AuditAction;
  /** `<root type>.<field>`, e.g. `Mutation.registerPerson`. */
  operation: string;
  recordType: string;
  recordId: string;
  /** The person the record is about, when it is about one. */
  subjectPersonId?: string;
  /** For mutations: the change, as `{ before, after }` (see createdRecord, changedFields). */
  changes?: unknown;
}

/** One append-only line of the audit trail, as written to `audit_log` and published as AuditRecorded. */
export interface AuditEntry {
  id: string;
  service: string;
  occurredAt: Date;
  actorSubject: string;
  actorPersonId?: string;
  actingAs?: string;
  actorRoles: string[];
  action: AuditAction;
  operation: string;
  recordType: string;
  recordId: string;
  subjectPersonId?: string;
  changes?: { [key: string]: AuditJson };
  traceId: string;
}
