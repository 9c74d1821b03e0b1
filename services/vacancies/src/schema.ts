import { printSubgraphSdl, SubgraphDefinition } from '@civil/platform';
import { VACANCY_RESOLVERS } from './vacancy/vacancy.module';

export const VACANCIES_SUBGRAPH: SubgraphDefinition = { resolvers: VACANCY_RESOLVERS };

/** The vacancies subgraph's SDL, from its resolvers alone (no database or broker): input to `npm run compose`. */
export function printVacanciesSdl(): Promise<string> {
  return printSubgraphSdl(VACANCIES_SUBGRAPH);
}
