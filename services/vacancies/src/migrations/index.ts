import { CreateVacancy1795478500000 } from './1795478500000-create-vacancy.migration';
import { AddVacancyDetails1795483000000 } from './1795483000000-add-vacancy-details.migration';

/** In order. Hand-written SQL, run at start-up; never edit one that has shipped, add another. */
export const VACANCIES_MIGRATIONS = [
  CreateVacancy1795478500000,
  AddVacancyDetails1795483000000,
  // Departments and establishment (1795483100000..), post reservations (1795483200000..), search indexes
  // (1795483300000..), saved searches and alerts (1795483400000..): each area adds its own below, in order.
];
