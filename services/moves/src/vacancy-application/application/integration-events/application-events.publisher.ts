import {
  ApplicantNotSelected,
  ApplicantOffered,
  ApplicantShortlisted,
  ApplicationSubmitted,
  ApplicationWithdrawn,
} from '@civil/contracts';
import { OutboxWriter } from '@civil/messaging';
import { TypeOrmTransactionRunner } from '@civil/platform';
import { Injectable } from '@nestjs/common';
import { ApplicationDomainEvent, ApplicationSnapshot } from '../../domain/application.aggregate';

/**
 * Application events for a notification sender, through the outbox in the open transaction: ids and codes only (the
 * statement and the feedback stay in moves). A rejection is "not selected" to the applicant.
 */
@Injectable()
export class ApplicationEventsPublisher {
  constructor(
    private readonly outbox: OutboxWriter,
    private readonly transactions: TypeOrmTransactionRunner,
  ) {}

  async publish(
    events: readonly ApplicationDomainEvent[],
    application: ApplicationSnapshot,
    traceId: string,
  ) {
    const facts = {
      applicationId: application.id,
      personId: application.personId,
      vacancyId: application.vacancyId,
      hostDepartmentCode: application.hostDepartmentCode,
    };
    for (const event of events) {
      const envelope = { subject: application.id, aggregateVersion: event.version, traceId };
      const manager = this.transactions.manager();
      switch (event.type) {
        case 'ApplicationSubmitted':
          await this.outbox.append(manager, ApplicationSubmitted, {
            ...envelope,
            data: { ...facts, kind: event.kind },
          });
          break;
        case 'ApplicationWithdrawn':
          await this.outbox.append(manager, ApplicationWithdrawn, { ...envelope, data: facts });
          break;
        case 'ApplicantShortlisted':
          await this.outbox.append(manager, ApplicantShortlisted, { ...envelope, data: facts });
          break;
        case 'ApplicantRejected':
          await this.outbox.append(manager, ApplicantNotSelected, { ...envelope, data: facts });
          break;
        case 'ApplicantOffered':
          await this.outbox.append(manager, ApplicantOffered, {
            ...envelope,
            data: { ...facts, moveId: event.moveId },
          });
          break;
      }
    }
  }
}
