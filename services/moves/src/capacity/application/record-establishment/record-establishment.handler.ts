import { Injectable } from '@nestjs/common';
import { EstablishmentReadModelStore } from '../establishment-read-model.store';
import { RecordEstablishmentCommand } from './record-establishment.command';

/**
 * Keeps the history, one row per line and date, as vacancies does: capacity reads the entry in force at any date, and
 * an event for one date never touches another date's row. Runs in the inbox's transaction, which owns it.
 */
@Injectable()
export class RecordEstablishmentHandler {
  constructor(private readonly establishment: EstablishmentReadModelStore) {}

  execute({ entry }: RecordEstablishmentCommand): Promise<'applied' | 'stale'> {
    return this.establishment.save(entry);
  }
}
