import { Injectable } from '@nestjs/common';
import { PersonRepository } from '../../../person/domain/person.repository';
import { PeopleSearchPage, startSearch, toPages } from '../people-search.pages';
import { PeopleSearchStore } from '../people-search.store';
import { SearchDepartmentPeopleQuery } from './search-department-people.query';

/**
 * `Department.people` for every department of one `_entities` call: one statement for all their pages, one read of
 * their people. The search's rules apply unchanged; a department the filter's own departmentCodes leave out finds
 * nobody rather than the filter being ignored.
 */
@Injectable()
export class SearchDepartmentPeopleHandler {
  constructor(
    private readonly store: PeopleSearchStore,
    private readonly people: PersonRepository,
  ) {}

  async execute(query: SearchDepartmentPeopleQuery): Promise<Map<string, PeopleSearchPage>> {
    const { departmentCodes, criteria, first, after, identity } = query;
    const { scope, position } = startSearch(identity, first, after);
    const wanted = departmentCodes.filter((code) => criteria.departmentCodes?.includes(code) ?? true);
    const found = wanted.length
      ? await this.store.pagesByDepartment(wanted, criteria, scope, first + 1, position)
      : new Map();
    const positions = new Map(departmentCodes.map((code) => [code, found.get(code) ?? []]));
    return toPages(
      this.people,
      positions,
      first,
      (code) => () =>
        wanted.includes(code)
          ? this.store.count({ ...criteria, departmentCodes: [code] }, scope)
          : Promise.resolve(0),
    );
  }
}
