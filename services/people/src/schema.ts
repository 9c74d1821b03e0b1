import { printSubgraphSdl, SubgraphDefinition } from '@civil/platform';
import { PERSON_RESOLVERS } from './person/person.module';

export const PEOPLE_SUBGRAPH: SubgraphDefinition = { resolvers: PERSON_RESOLVERS };

/** The people subgraph's SDL, from its resolvers alone (no database or broker): input to `npm run compose`. */
export function printPeopleSdl(): Promise<string> {
  return printSubgraphSdl(PEOPLE_SUBGRAPH);
}
