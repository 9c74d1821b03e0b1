import { Clock } from '@civil/messaging';
import { CLOCK, TransactionRunner } from '@civil/platform';
import { Inject, Injectable } from '@nestjs/common';
import { ownedBy, ownerOf } from '../saved-search.owner';
import { SavedSearchStore, VacancyAlert } from '../saved-search.store';
import { MarkAlertReadCommand, MarkAllAlertsReadCommand } from './mark-alerts-read.command';

/** Marking read is idempotent: an alert read before keeps the time it was first read. */
@Injectable()
export class MarkAlertsReadHandler {
  constructor(
    private readonly store: SavedSearchStore,
    private readonly transactions: TransactionRunner,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  markOne({ id, identity }: MarkAlertReadCommand): Promise<VacancyAlert> {
    return this.transactions.run(async () => {
      const alert = ownedBy(identity, 'VacancyAlert', id, await this.store.findAlert(id));
      await this.store.markRead(id, this.clock.now());
      return (await this.store.findAlert(alert.id))!;
    });
  }

  async markAll({ identity }: MarkAllAlertsReadCommand): Promise<number> {
    const personId = ownerOf(identity);
    return this.transactions.run(() => this.store.markAllRead(personId, this.clock.now()));
  }
}
