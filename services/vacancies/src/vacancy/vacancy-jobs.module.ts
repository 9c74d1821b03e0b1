import { DynamicModule, Module } from '@nestjs/common';
import { VACANCY_CLOSING_OPTIONS, VacancyClosingScheduler } from './infrastructure/vacancy-closing.scheduler';
import { VacancyModule } from './vacancy.module';

/** Every minute by default: a vacancy is at most that late to close after its closing date has passed. */
export const DEFAULT_AUTO_CLOSE_EVERY_MS = 60_000;

/** The vacancy area's background job (auto-close), apart from VacancyModule, which other areas import. */
@Module({})
export class VacancyJobsModule {
  static forRoot(options: { autoCloseEveryMs?: number }): DynamicModule {
    return {
      module: VacancyJobsModule,
      imports: [VacancyModule],
      providers: [
        VacancyClosingScheduler,
        {
          provide: VACANCY_CLOSING_OPTIONS,
          useValue: { everyMs: options.autoCloseEveryMs ?? DEFAULT_AUTO_CLOSE_EVERY_MS },
        },
      ],
    };
  }
}
