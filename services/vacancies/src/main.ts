import 'reflect-metadata';
import { runStandaloneService } from '@civil/platform';
import { createVacanciesApp } from './app';
import { VacanciesConfig } from './config/vacancies.config';

void runStandaloneService({
  service: 'vacancies',
  config: VacanciesConfig,
  defaultPort: 4002,
  // Validated by VacanciesConfig at start-up; read here because the runtime carries only what every service has.
  createApp: (runtime) =>
    createVacanciesApp({
      ...runtime,
      autoCloseEveryMs:
        process.env.VACANCY_AUTO_CLOSE_EVERY_MS === undefined
          ? undefined
          : Number(process.env.VACANCY_AUTO_CLOSE_EVERY_MS),
    }),
});
