import { printSubgraphSdl, SubgraphDefinition } from '@civil/platform';
import { DEPARTMENT_RESOLVERS } from './department/department.module';
import { MyDataReference } from './my-data/api/my-data.reference';
import { MY_DATA_RESOLVERS } from './my-data/my-data.module';
import { SAVED_SEARCH_RESOLVERS } from './saved-search/saved-search.module';
import { VACANCY_SEARCH_RESOLVERS } from './vacancy-search/vacancy-search.module';
import { VacanciesSchemaScope } from './vacancies-schema.scope';
import { VACANCY_RESOLVERS } from './vacancy/vacancy.module';

export const VACANCIES_SUBGRAPH: SubgraphDefinition = {
  resolvers: [
    // One line per area of the service.
    ...VACANCY_RESOLVERS,
    ...MY_DATA_RESOLVERS,
    ...DEPARTMENT_RESOLVERS,
    ...VACANCY_SEARCH_RESOLVERS,
    ...SAVED_SEARCH_RESOLVERS,
  ],
  // MyData is only extended here, so no query reaches it: it is listed as an orphaned type.
  orphanedTypes: [MyDataReference],
  // Vacancies' nested types (connections, edges, value types) name this in `registerIn`, so they stay out of others.
  typeScope: VacanciesSchemaScope,
};

/** The vacancies subgraph's SDL, from its resolvers alone (no database or broker): input to `npm run compose`. */
export function printVacanciesSdl(): Promise<string> {
  return printSubgraphSdl(VACANCIES_SUBGRAPH);
}
