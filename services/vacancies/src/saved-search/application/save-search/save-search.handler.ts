import { vacancySearchScope } from '@civil/auth';
import { uuidv7 } from '@civil/contracts';
import { Clock } from '@civil/messaging';
import { CLOCK, ConflictError, TransactionRunner } from '@civil/platform';
import { Inject, Injectable } from '@nestjs/common';
import { EmptyVacancySearch } from '../../../vacancy-search/application/vacancy-search.errors';
import { checkSavedSearchAllowed, SavedSearch } from '../../domain/saved-search';
import { ownerOf } from '../saved-search.owner';
import { SavedSearchStore } from '../saved-search.store';
import { SaveSearchCommand } from './save-search.command';

/**
 * Keeps a search for its owner, with their department and reach as they are now: alerts for own-department vacancies
 * go only to people who could see them when the search was saved.
 */
@Injectable()
export class SaveSearchHandler {
  constructor(
    private readonly store: SavedSearchStore,
    private readonly transactions: TransactionRunner,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ name, filter, identity }: SaveSearchCommand): Promise<SavedSearch> {
    const personId = ownerOf(identity);
    if (filter.text !== undefined && filter.text.trim() === '') throw new EmptyVacancySearch();
    return this.transactions.run(async () => {
      await this.store.lockPerson(personId);
      checkSavedSearchAllowed(await this.store.countFor(personId));
      const search: SavedSearch = {
        id: uuidv7(),
        personId,
        name: name.trim(),
        filter,
        ...(identity.departmentCode !== undefined && { saverDepartmentCode: identity.departmentCode }),
        saverSeesAllDepartments: vacancySearchScope(identity).kind === 'everyone',
        createdAt: this.clock.now(),
      };
      if (!(await this.store.insert(search)))
        throw new ConflictError(
          `You already have a saved search named ${search.name}`,
          'SAVED_SEARCH.NAME_TAKEN',
          'name',
        );
      return search;
    });
  }
}
