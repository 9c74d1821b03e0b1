import { AuditJson, TypeOrmTransactionRunner } from '@civil/platform';
import { Injectable } from '@nestjs/common';
import { AuditTrailEntry } from '../application/audit-trail-entry';
import { AuditTrailPosition } from '../application/audit-trail-position';
import { AuditTrailStore } from '../application/audit-trail.store';
import { APPEND_ENTRY, ENTRIES_ABOUT, ENTRIES_BY } from './audit-trail.sql';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

interface AuditTrailRow {
  entry_id: string;
  event_id: string;
  service: string;
  occurred_at: Date;
  actor_subject: string;
  actor_person_id: string | null;
  acting_as: string | null;
  actor_roles: string[];
  action: 'MUTATION' | 'READ';
  operation: string;
  record_type: string;
  record_id: string;
  subject_person_id: string | null;
  changes: { [key: string]: AuditJson } | null;
  trace_id: string;
}

function toEntry(row: AuditTrailRow): AuditTrailEntry {
  return {
    entryId: row.entry_id,
    eventId: row.event_id,
    service: row.service,
    occurredAt: row.occurred_at.toISOString(),
    actorSubject: row.actor_subject,
    ...(row.actor_person_id && { actorPersonId: row.actor_person_id }),
    ...(row.acting_as && { actingAs: row.acting_as }),
    actorRoles: row.actor_roles,
    action: row.action,
    operation: row.operation,
    recordType: row.record_type,
    recordId: row.record_id,
    ...(row.subject_person_id && { subjectPersonId: row.subject_person_id }),
    ...(row.changes && { changes: row.changes }),
    traceId: row.trace_id,
  };
}

/** The consolidated trail in PostgreSQL. The table's trigger refuses UPDATE, DELETE and TRUNCATE. */
@Injectable()
export class TypeOrmAuditTrailStore extends AuditTrailStore {
  constructor(private readonly transactions: TypeOrmTransactionRunner) {
    super();
  }

  async append(entry: AuditTrailEntry, receivedAt: Date): Promise<void> {
    await this.transactions
      .manager()
      .query(APPEND_ENTRY, [
        entry.entryId,
        entry.eventId,
        entry.service,
        entry.occurredAt,
        entry.actorSubject,
        entry.actorPersonId ?? null,
        entry.actingAs ?? null,
        entry.actorRoles,
        entry.action,
        entry.operation,
        entry.recordType,
        entry.recordId,
        entry.subjectPersonId ?? null,
        entry.changes === undefined ? null : JSON.stringify(entry.changes),
        entry.traceId,
        receivedAt,
      ]);
  }

  async aboutPerson(
    personId: string,
    limit?: number,
    after?: AuditTrailPosition,
  ): Promise<AuditTrailEntry[]> {
    if (!UUID.test(personId)) return [];
    const rows: AuditTrailRow[] = await this.transactions
      .readManager()
      .query(ENTRIES_ABOUT, [personId, limit ?? null, after?.occurredAt ?? null, after?.entryId ?? null]);
    return rows.map(toEntry);
  }

  async byPerson(personId: string): Promise<AuditTrailEntry[]> {
    if (!UUID.test(personId)) return [];
    const rows: AuditTrailRow[] = await this.transactions.readManager().query(ENTRIES_BY, [personId]);
    return rows.map(toEntry);
  }
}
