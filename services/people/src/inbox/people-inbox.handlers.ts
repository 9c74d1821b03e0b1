import { AuditRecorded, AuditRecordedV1, IntegrationEvent } from '@civil/contracts';
import type { EventHandler } from '@civil/messaging';
import { InboxHandlers, TypeOrmTransactionRunner } from '@civil/platform';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AuditTrailEntry } from '../audit/application/audit-trail-entry';
import { TakeInAuditEntryCommand } from '../audit/application/take-in-audit-entry/take-in-audit-entry.command';
import { TakeInAuditEntryHandler } from '../audit/application/take-in-audit-entry/take-in-audit-entry.handler';

/**
 * What people takes in: every service's audit entries, for the consolidated trail. Each runs in the inbox's
 * transaction, so the trail entry and the inbox row commit together (style rule 7).
 */
@Injectable()
export class PeopleInboxHandlers implements InboxHandlers {
  constructor(
    private readonly transactions: TypeOrmTransactionRunner,
    private readonly takeInAuditEntry: TakeInAuditEntryHandler,
  ) {}

  handlers(): Record<string, EventHandler> {
    return { [AuditRecorded.type]: (event, manager) => this.auditRecorded(event, manager) };
  }

  private async auditRecorded(event: IntegrationEvent<AuditRecordedV1>, manager: EntityManager) {
    const { entryId, changes, ...data } = event.data;
    // Parsed from the wire, so JSON by construction; the contract checked that it is an object.
    const entry = {
      ...data,
      entryId,
      changes: changes as AuditTrailEntry['changes'],
      eventId: event.id,
      traceId: event.traceid,
    };
    await this.transactions.join(manager, () =>
      this.takeInAuditEntry.execute(new TakeInAuditEntryCommand(entry)),
    );
  }
}

/** The topics those events travel on: what the people consumer subscribes to. */
export const PEOPLE_TOPICS = [AuditRecorded.topic];
