import 'reflect-metadata';
import { runStandaloneService } from '@civil/platform';
import { createVacanciesApp } from './app';
import { VacanciesConfig } from './config/vacancies.config';

void runStandaloneService({
  service: 'vacancies',
  config: VacanciesConfig,
  defaultPort: 4002,
  createApp: createVacanciesApp,
});
