export * from './vacancy-topics';
export * from './vacancy-created.event';

import { VacancyCreated } from './vacancy-created.event';
export const VACANCY_EVENTS = [VacancyCreated];
