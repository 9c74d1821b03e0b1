import { printSubgraphSdl, SubgraphDefinition } from '@civil/platform';
import { AUDIT_TRAIL_RESOLVERS } from './audit/audit-trail.module';
import { MY_DATA_RESOLVERS } from './my-data/my-data.module';
import { PERSON_RESOLVERS } from './person/person.module';

export const PEOPLE_SUBGRAPH: SubgraphDefinition = {
  resolvers: [...PERSON_RESOLVERS, ...AUDIT_TRAIL_RESOLVERS, ...MY_DATA_RESOLVERS],
};

/** The people subgraph's SDL, from its resolvers alone (no database or broker): input to `npm run compose`. */
export function printPeopleSdl(): Promise<string> {
  return printSubgraphSdl(PEOPLE_SUBGRAPH);
}
