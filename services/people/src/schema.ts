import { printSubgraphSdl, SubgraphDefinition } from '@civil/platform';
import { AUDIT_TRAIL_RESOLVERS } from './audit/audit-trail.module';
import { MY_DATA_RESOLVERS } from './my-data/my-data.module';
import { PeopleSchemaScope } from './people-schema.scope';
import { PEOPLE_SEARCH_ORPHANED_TYPES, PEOPLE_SEARCH_RESOLVERS } from './people-search/people-search.module';
import { PERSON_RESOLVERS } from './person/person.module';
import { REFERENCE_DATA_RESOLVERS } from './reference-data/reference-data.module';

export const PEOPLE_SUBGRAPH: SubgraphDefinition = {
  resolvers: [
    ...PERSON_RESOLVERS,
    ...AUDIT_TRAIL_RESOLVERS,
    ...MY_DATA_RESOLVERS,
    ...REFERENCE_DATA_RESOLVERS,
    ...PEOPLE_SEARCH_RESOLVERS,
  ],
  orphanedTypes: [...PEOPLE_SEARCH_ORPHANED_TYPES],
  // People's nested types (connections, edges) name this in `registerIn`, so they stay out of other subgraphs.
  typeScope: PeopleSchemaScope,
};

/** The people subgraph's SDL, from its resolvers alone (no database or broker): input to `npm run compose`. */
export function printPeopleSdl(): Promise<string> {
  return printSubgraphSdl(PEOPLE_SUBGRAPH);
}
