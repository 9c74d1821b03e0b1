import { TransactionRunner } from '@civil/platform';
import { Injectable } from '@nestjs/common';
import { SavedSearch } from '../../domain/saved-search';
import { ownedBy } from '../saved-search.owner';
import { SavedSearchStore } from '../saved-search.store';
import { DeleteSavedSearchCommand } from './delete-saved-search.command';

/** Stops a search; the alerts it raised go with it. */
@Injectable()
export class DeleteSavedSearchHandler {
  constructor(
    private readonly store: SavedSearchStore,
    private readonly transactions: TransactionRunner,
  ) {}

  execute({ id, identity }: DeleteSavedSearchCommand): Promise<SavedSearch> {
    return this.transactions.run(async () => {
      const search = ownedBy(identity, 'SavedSearch', id, await this.store.findById(id));
      await this.store.delete(id);
      return search;
    });
  }
}
