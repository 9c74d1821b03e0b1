import { PEOPLE_SOURCE } from '@civil/contracts';
import { systemClock } from '@civil/messaging';
import { createRootLogger, PlatformModule, ServiceRuntime, subgraphGraphQLModule } from '@civil/platform';
import { DynamicModule, Module } from '@nestjs/common';
import { PEOPLE_SUBGRAPH } from './schema';
import { PEOPLE_MIGRATIONS } from './migrations';
import { AuditTrailModule } from './audit/audit-trail.module';
import { PEOPLE_TOPICS, PeopleInboxHandlers } from './inbox/people-inbox.handlers';
import { PeopleInboxModule } from './inbox/people-inbox.module';
import { MyDataModule } from './my-data/my-data.module';
import { PERSON_ENTITIES, PersonModule } from './person/person.module';
import { PeopleSearchModule } from './people-search/people-search.module';
import { REFERENCE_DATA_ENTITIES, ReferenceDataModule } from './reference-data/reference-data.module';

export const PEOPLE_CONSUMER_GROUP = 'people';

export interface PeopleRuntime extends ServiceRuntime {
  /** Default `people`. Tests use a unique group each, so they share a broker without sharing offsets. */
  consumerGroupId?: string;
}

@Module({})
export class PeopleAppModule {
  static forRuntime(runtime: PeopleRuntime): DynamicModule {
    return {
      module: PeopleAppModule,
      imports: [
        PlatformModule.forService({
          service: 'people',
          eventSource: PEOPLE_SOURCE,
          databaseUrl: runtime.databaseUrl,
          entities: [...PERSON_ENTITIES, ...REFERENCE_DATA_ENTITIES],
          migrations: PEOPLE_MIGRATIONS,
          transport: runtime.transport,
          logger: runtime.logger ?? createRootLogger(),
          clock: runtime.clock ?? systemClock,
          // Every service's audit entries, for the consolidated trail.
          consumer: {
            groupId: runtime.consumerGroupId ?? PEOPLE_CONSUMER_GROUP,
            topics: PEOPLE_TOPICS,
            handlers: PeopleInboxHandlers,
          },
        }),
        subgraphGraphQLModule(PEOPLE_SUBGRAPH),
        ReferenceDataModule,
        PersonModule,
        AuditTrailModule,
        MyDataModule,
        PeopleSearchModule,
        PeopleInboxModule,
      ],
    };
  }
}
