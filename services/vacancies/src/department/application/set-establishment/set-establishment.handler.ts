import type { Clock } from '@civil/messaging';
import { CLOCK, NotFoundError, TransactionRunner } from '@civil/platform';
import { Inject, Injectable } from '@nestjs/common';
import { GRADES } from '../../../vacancy/domain/grade';
import { establishmentEntry, EstablishmentEntry } from '../../domain/establishment';
import { EstablishmentEventsPublisher } from '../establishment-events.publisher';
import { EstablishmentStore } from '../establishment.store';
import { KnownDepartments } from '../known-departments';
import { SetEstablishmentCommand } from './set-establishment.command';

export interface SetEstablishmentResult extends EstablishmentEntry {
  /** What was in force on that date before: the audit entry's "before". */
  previousFte: number | null;
}

@Injectable()
export class SetEstablishmentHandler {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly departments: KnownDepartments,
    private readonly establishment: EstablishmentStore,
    private readonly events: EstablishmentEventsPublisher,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** The entry and its EstablishmentChanged outbox row commit together, or neither does. */
  async execute(command: SetEstablishmentCommand): Promise<SetEstablishmentResult> {
    const entry = establishmentEntry(command.entry, GRADES);
    return this.transactions.run(async () => {
      if (!(await this.departments.has(entry.departmentCode)))
        throw new NotFoundError('Department', entry.departmentCode);
      const { version, previousFte } = await this.establishment.append(entry, {
        ...command.setBy,
        at: this.clock.now(),
        traceId: command.traceId,
      });
      await this.events.changed(entry, version, command.traceId);
      return { ...entry, previousFte };
    });
  }
}
