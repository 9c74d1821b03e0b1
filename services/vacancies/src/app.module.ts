import { VACANCIES_SOURCE } from '@civil/contracts';
import { systemClock } from '@civil/messaging';
import { createRootLogger, PlatformModule, ServiceRuntime, subgraphGraphQLModule } from '@civil/platform';
import { DynamicModule, Module } from '@nestjs/common';
import { VACANCIES_SUBGRAPH } from './schema';
import { VACANCIES_MIGRATIONS } from './migrations';
import { VACANCIES_TOPICS, VacanciesInboxHandlers } from './inbox/vacancies-inbox.handlers';
import { VacanciesInboxModule } from './inbox/vacancies-inbox.module';
import { DepartmentModule } from './department/department.module';
import { MyDataModule } from './my-data/my-data.module';
import { SavedSearchModule } from './saved-search/saved-search.module';
import { VacancySearchModule } from './vacancy-search/vacancy-search.module';
import { VACANCY_ENTITIES, VacancyModule } from './vacancy/vacancy.module';
import { VacancyJobsModule } from './vacancy/vacancy-jobs.module';

export const VACANCIES_CONSUMER_GROUP = 'vacancies';

export interface VacanciesRuntime extends ServiceRuntime {
  /** Default `vacancies`. Tests use a unique group each, so they share a broker without sharing offsets. */
  consumerGroupId?: string;
  /** How often open vacancies past their closing date are closed; default every minute, 0 = never (tests). */
  autoCloseEveryMs?: number;
}

@Module({})
export class VacanciesAppModule {
  static forRuntime(runtime: VacanciesRuntime): DynamicModule {
    return {
      module: VacanciesAppModule,
      imports: [
        PlatformModule.forService({
          service: 'vacancies',
          eventSource: VACANCIES_SOURCE,
          databaseUrl: runtime.databaseUrl,
          entities: [...VACANCY_ENTITIES],
          migrations: VACANCIES_MIGRATIONS,
          transport: runtime.transport,
          logger: runtime.logger ?? createRootLogger(),
          clock: runtime.clock ?? systemClock,
          consumer: {
            groupId: runtime.consumerGroupId ?? VACANCIES_CONSUMER_GROUP,
            topics: VACANCIES_TOPICS,
            handlers: VacanciesInboxHandlers,
          },
        }),
        subgraphGraphQLModule(VACANCIES_SUBGRAPH),
        VacancyModule,
        VacancyJobsModule.forRoot({ autoCloseEveryMs: runtime.autoCloseEveryMs }),
        DepartmentModule,
        MyDataModule,
        VacancySearchModule,
        SavedSearchModule,
        VacanciesInboxModule,
      ],
    };
  }
}
