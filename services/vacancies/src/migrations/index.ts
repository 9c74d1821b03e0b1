import { CreateVacancy1795478500000 } from './1795478500000-create-vacancy.migration';

/** In order. Hand-written SQL, run at start-up; never edit one that has shipped, add another. */
export const VACANCIES_MIGRATIONS = [CreateVacancy1795478500000];
