import { Injectable } from '@nestjs/common';
import { PersonRepository } from '../../../person/domain/person.repository';
import { PeopleSearchPage, startSearch, toPages } from '../people-search.pages';
import { PeopleSearchStore } from '../people-search.store';
import { SearchPeopleQuery } from './search-people.query';

export type { PeopleSearchPage } from '../people-search.pages';

/**
 * A page of the people the caller may find. The caller's scope (SEARCH_PEOPLE, as SQL) is part of the query itself, so
 * pages are always full and counts are true.
 */
@Injectable()
export class SearchPeopleHandler {
  constructor(
    private readonly store: PeopleSearchStore,
    private readonly people: PersonRepository,
  ) {}

  async execute({ criteria, first, after, identity }: SearchPeopleQuery): Promise<PeopleSearchPage> {
    const { scope, position } = startSearch(identity, first, after);
    const positions = await this.store.page(criteria, scope, first + 1, position);
    const pages = await toPages(
      this.people,
      new Map([['', positions]]),
      first,
      () => () => this.store.count(criteria, scope),
    );
    return pages.get('')!;
  }
}
