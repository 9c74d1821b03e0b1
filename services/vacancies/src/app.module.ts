import { VACANCIES_SOURCE } from '@civil/contracts';
import { systemClock } from '@civil/messaging';
import { createRootLogger, PlatformModule, ServiceRuntime, subgraphGraphQLModule } from '@civil/platform';
import { DynamicModule, Module } from '@nestjs/common';
import { VACANCIES_SUBGRAPH } from './schema';
import { VACANCIES_MIGRATIONS } from './migrations';
import { MyDataModule } from './my-data/my-data.module';
import { VACANCY_ENTITIES, VacancyModule } from './vacancy/vacancy.module';

@Module({})
export class VacanciesAppModule {
  static forRuntime(runtime: ServiceRuntime): DynamicModule {
    return {
      module: VacanciesAppModule,
      imports: [
        PlatformModule.forService({
          service: 'vacancies',
          eventSource: VACANCIES_SOURCE,
          databaseUrl: runtime.databaseUrl,
          entities: VACANCY_ENTITIES,
          migrations: VACANCIES_MIGRATIONS,
          transport: runtime.transport,
          logger: runtime.logger ?? createRootLogger(),
          clock: runtime.clock ?? systemClock,
        }),
        subgraphGraphQLModule(VACANCIES_SUBGRAPH),
        VacancyModule,
        MyDataModule,
      ],
    };
  }
}
