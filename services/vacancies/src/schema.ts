import { printSubgraphSdl, SubgraphDefinition } from '@civil/platform';
import { MyDataReference } from './my-data/api/my-data.reference';
import { MY_DATA_RESOLVERS } from './my-data/my-data.module';
import { VACANCY_RESOLVERS } from './vacancy/vacancy.module';

/** MyData is only extended here, so no query reaches it: it is listed as an orphaned type. */
export const VACANCIES_SUBGRAPH: SubgraphDefinition = {
  resolvers: [...VACANCY_RESOLVERS, ...MY_DATA_RESOLVERS],
  orphanedTypes: [MyDataReference],
};

/** The vacancies subgraph's SDL, from its resolvers alone (no database or broker): input to `npm run compose`. */
export function printVacanciesSdl(): Promise<string> {
  return printSubgraphSdl(VACANCIES_SUBGRAPH);
}
