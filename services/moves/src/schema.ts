import { printSubgraphSdl, SubgraphDefinition } from '@civil/platform';
import { MyDataReference } from './my-data/api/my-data.reference';
import { CAPACITY_RESOLVERS } from './capacity/capacity.module';
import { MOVE_ORPHANED_TYPES, MOVE_RESOLVERS } from './move/move.module';
import { VACANCY_APPLICATION_RESOLVERS } from './vacancy-application/vacancy-application.module';
import { MovesSchemaScope } from './moves-schema.scope';
import { MY_DATA_RESOLVERS } from './my-data/my-data.module';
import { MATCHING_RESOLVERS } from './matching/matching.module';
import { PersonReference } from './person-read-model/api/person.reference';
import { PERSON_READ_MODEL_RESOLVERS } from './person-read-model/person-read-model.module';
import { PLANNING_RESOLVERS } from './planning/planning.module';
import { READ_MODEL_STATUS_RESOLVERS } from './read-model-status/read-model-status.module';
import { VacancyReference } from './vacancy-read-model/api/vacancy.reference';
import { VACANCY_READ_MODEL_RESOLVERS } from './vacancy-read-model/vacancy-read-model.module';

/** Person, Vacancy and MyData are only extended here, so no query reaches them: they are listed as orphaned types. */
export const MOVES_SUBGRAPH: SubgraphDefinition = {
  resolvers: [
    ...MOVE_RESOLVERS,
    ...VACANCY_APPLICATION_RESOLVERS,
    ...PERSON_READ_MODEL_RESOLVERS,
    ...VACANCY_READ_MODEL_RESOLVERS,
    ...READ_MODEL_STATUS_RESOLVERS,
    ...MY_DATA_RESOLVERS,
    ...PLANNING_RESOLVERS,
    ...MATCHING_RESOLVERS,
    ...CAPACITY_RESOLVERS,
  ],
  orphanedTypes: [PersonReference, VacancyReference, MyDataReference, ...MOVE_ORPHANED_TYPES],
  // Moves' nested types (connections, timeline entries, enums) name this in `registerIn`.
  typeScope: MovesSchemaScope,
};

/** The moves subgraph's SDL, from its resolvers alone (no database or broker): input to `npm run compose`. */
export function printMovesSdl(): Promise<string> {
  return printSubgraphSdl(MOVES_SUBGRAPH);
}
