import { Module } from '@nestjs/common';
import { PersonModule } from '../person/person.module';
import { DepartmentModel } from './api/department.model';
import { DepartmentResolver } from './api/department.resolver';
import { PeopleSearchResolver } from './api/people-search.resolver';
import { DepartmentHeadcountsHandler } from './application/department-headcount/department-headcounts.handler';
import { PeopleSearchStore } from './application/people-search.store';
import { SearchDepartmentPeopleHandler } from './application/search-department-people/search-department-people.handler';
import { SearchPeopleHandler } from './application/search-people/search-people.handler';
import { TypeOrmPeopleSearchStore } from './infrastructure/typeorm-people-search.store';

export const PEOPLE_SEARCH_RESOLVERS = [PeopleSearchResolver, DepartmentResolver];
/** Department is reached only through federation (no query of people returns it), so it is listed as orphaned. */
export const PEOPLE_SEARCH_ORPHANED_TYPES = [DepartmentModel];

@Module({
  imports: [PersonModule],
  providers: [
    ...PEOPLE_SEARCH_RESOLVERS,
    SearchPeopleHandler,
    SearchDepartmentPeopleHandler,
    DepartmentHeadcountsHandler,
    { provide: PeopleSearchStore, useClass: TypeOrmPeopleSearchStore },
  ],
})
export class PeopleSearchModule {}
