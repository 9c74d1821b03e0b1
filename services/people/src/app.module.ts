import { PEOPLE_SOURCE } from '@civil/contracts';
import { systemClock } from '@civil/messaging';
import { createRootLogger, PlatformModule, ServiceRuntime, subgraphGraphQLModule } from '@civil/platform';
import { DynamicModule, Module } from '@nestjs/common';
import { PEOPLE_SUBGRAPH } from './schema';
import { PEOPLE_MIGRATIONS } from './migrations';
import { PERSON_ENTITIES, PersonModule } from './person/person.module';

@Module({})
export class PeopleAppModule {
  static forRuntime(runtime: ServiceRuntime): DynamicModule {
    return {
      module: PeopleAppModule,
      imports: [
        PlatformModule.forService({
          service: 'people',
          eventSource: PEOPLE_SOURCE,
          databaseUrl: runtime.databaseUrl,
          entities: PERSON_ENTITIES,
          migrations: PEOPLE_MIGRATIONS,
          transport: runtime.transport,
          logger: runtime.logger ?? createRootLogger(),
          clock: runtime.clock ?? systemClock,
        }),
        subgraphGraphQLModule(PEOPLE_SUBGRAPH),
        PersonModule,
      ],
    };
  }
}
