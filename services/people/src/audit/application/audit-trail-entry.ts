import type { AuditJson } from '@civil/platform';

/** One entry of the consolidated trail: an AuditRecorded event from any service, as people keeps it. */
export interface AuditTrailEntry {
  entryId: string;
  /** The AuditRecorded event that brought it; the inbox deduplicates on it. */
  eventId: string;
  service: string;
  occurredAt: string;
  actorSubject: string;
  actorPersonId?: string;
  actingAs?: string;
  actorRoles: string[];
  action: 'MUTATION' | 'READ';
  operation: string;
  recordType: string;
  recordId: string;
  subjectPersonId?: string;
  changes?: { [key: string]: AuditJson };
  traceId: string;
}
