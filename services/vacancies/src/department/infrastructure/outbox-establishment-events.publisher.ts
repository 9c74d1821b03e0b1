import { EstablishmentChanged } from '@civil/contracts';
import { OutboxWriter } from '@civil/messaging';
import { TypeOrmTransactionRunner } from '@civil/platform';
import { Injectable } from '@nestjs/common';
import { EstablishmentEventsPublisher } from '../application/establishment-events.publisher';
import { EstablishmentEntry, establishmentSubject } from '../domain/establishment';

/** Writes EstablishmentChanged to the outbox in the open transaction; only the relay talks to Kafka. */
@Injectable()
export class OutboxEstablishmentEventsPublisher extends EstablishmentEventsPublisher {
  constructor(
    private readonly outbox: OutboxWriter,
    private readonly transactions: TypeOrmTransactionRunner,
  ) {
    super();
  }

  async changed(entry: EstablishmentEntry, version: number, traceId: string): Promise<void> {
    await this.outbox.append(this.transactions.manager(), EstablishmentChanged, {
      subject: establishmentSubject(entry),
      aggregateVersion: version,
      data: {
        departmentCode: entry.departmentCode,
        profession: entry.profession,
        grade: entry.grade,
        fte: entry.fte,
        effectiveFrom: entry.effectiveFrom,
      },
      traceId,
    });
  }
}
