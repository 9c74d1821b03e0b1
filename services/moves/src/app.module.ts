import { MOVES_SOURCE } from '@civil/contracts';
import { systemClock } from '@civil/messaging';
import { createRootLogger, PlatformModule, ServiceRuntime, subgraphGraphQLModule } from '@civil/platform';
import { DynamicModule, Module } from '@nestjs/common';
import { CapacityModule } from './capacity/capacity.module';
import { MOVES_TOPICS, MovesInboxHandlers } from './inbox/moves-inbox.handlers';
import { MovesInboxModule } from './inbox/moves-inbox.module';
import { MOVES_MIGRATIONS } from './migrations';
import { MoveModule } from './move/move.module';
import { VacancyApplicationModule } from './vacancy-application/vacancy-application.module';
import { MyDataModule } from './my-data/my-data.module';
import { MatchingModule } from './matching/matching.module';
import { PlanningModule } from './planning/planning.module';
import {
  PERSON_READ_MODEL_ENTITIES,
  PersonReadModelModule,
} from './person-read-model/person-read-model.module';
import { ReadModelStatusModule } from './read-model-status/read-model-status.module';
import { MOVES_SUBGRAPH } from './schema';
import {
  VACANCY_READ_MODEL_ENTITIES,
  VacancyReadModelModule,
} from './vacancy-read-model/vacancy-read-model.module';

export const MOVES_CONSUMER_GROUP = 'moves';

export interface MovesRuntime extends ServiceRuntime {
  /** Default `moves`. Tests use a unique group each, so they share a broker without sharing offsets. */
  consumerGroupId?: string;
  /** How often moves due to start or end are started and ended (default every minute); 0: only when called. */
  dueMovesEveryMs?: number;
}

@Module({})
export class MovesAppModule {
  static forRuntime(runtime: MovesRuntime): DynamicModule {
    return {
      module: MovesAppModule,
      imports: [
        PlatformModule.forService({
          service: 'moves',
          eventSource: MOVES_SOURCE,
          databaseUrl: runtime.databaseUrl,
          entities: [...PERSON_READ_MODEL_ENTITIES, ...VACANCY_READ_MODEL_ENTITIES],
          migrations: MOVES_MIGRATIONS,
          transport: runtime.transport,
          logger: runtime.logger ?? createRootLogger(),
          clock: runtime.clock ?? systemClock,
          consumer: {
            groupId: runtime.consumerGroupId ?? MOVES_CONSUMER_GROUP,
            topics: MOVES_TOPICS,
            handlers: MovesInboxHandlers,
          },
        }),
        subgraphGraphQLModule(MOVES_SUBGRAPH),
        PersonReadModelModule,
        VacancyReadModelModule,
        ReadModelStatusModule,
        MovesInboxModule,
        MyDataModule,
        MoveModule.forRuntime({ everyMs: runtime.dueMovesEveryMs ?? 60_000 }),
        VacancyApplicationModule,
        PlanningModule,
        CapacityModule,
        MatchingModule,
      ],
    };
  }
}
