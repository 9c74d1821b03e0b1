import { AuditRecorded, AuditRecordedV1, uuidv7 } from '@civil/contracts';
import type { Clock, OutboxWriter } from '@civil/messaging';
import { EntityManager } from 'typeorm';
import { TypeOrmTransactionRunner } from '../database/typeorm-transaction-runner';
import { requestContext } from '../logging/request-context';
import { AuditDraft, AuditEntry } from './audit-entry';
import { INSERT_AUDIT_LOG } from './audit-log.sql';
import { AuditOutsideTransactionError } from './audit-outside-transaction.error';
import { buildAuditEntry } from './build-audit-entry';

export interface AuditRecorderOptions {
  service: string;
  transactions: TypeOrmTransactionRunner;
  outbox: OutboxWriter;
  clock: Clock;
}

/**
 * Records who read or changed what, in the open transaction, twice: a row in the service's own append-only
 * `audit_log`, and an AuditRecorded outbox row that carries it to the consolidated trail in people. Either the change
 * and both rows commit, or none of them does.
 */
export class AuditRecorder {
  constructor(private readonly options: AuditRecorderOptions) {}

  /** Returns the entry written, or nothing when there was nothing to audit (a person reading their own record). */
  async record(draft: AuditDraft): Promise<AuditEntry | undefined> {
    const manager = this.openTransaction(draft.operation);
    const now = this.options.clock.now();
    const entry = buildAuditEntry(draft, {
      id: uuidv7(now.getTime()),
      now,
      service: this.options.service,
      context: requestContext.current(),
    });
    if (!entry) return undefined;
    await manager.query(INSERT_AUDIT_LOG, [
      entry.id,
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
    ]);
    // Subject = the entry's own id, version 1: every entry is a fact of its own that nothing supersedes.
    await this.options.outbox.append(manager, AuditRecorded, {
      subject: entry.id,
      aggregateVersion: 1,
      data: auditRecordedOf(entry),
      traceId: entry.traceId,
    });
    return entry;
  }

  private openTransaction(operation: string): EntityManager {
    try {
      const manager = this.options.transactions.manager();
      if (manager.queryRunner?.isTransactionActive) return manager;
    } catch {
      // Reported below, naming the operation.
    }
    throw new AuditOutsideTransactionError(operation);
  }
}

export function auditRecordedOf(entry: AuditEntry): AuditRecordedV1 {
  const { id, occurredAt, traceId: _carriedInTheEnvelope, ...rest } = entry;
  return { ...rest, entryId: id, occurredAt: occurredAt.toISOString() };
}
