import { CreateVacancy1795478500000 } from './1795478500000-create-vacancy.migration';
import { AddVacancyDetails1795483000000 } from './1795483000000-add-vacancy-details.migration';
import { CreateDepartment1795483100000 } from './1795483100000-create-department.migration';
import { CreatePostReservation1795483200000 } from './1795483200000-create-post-reservation.migration';
import { VacancySearchIndexes1795483300000 } from './1795483300000-vacancy-search-indexes.migration';
import { CreateSavedSearch1795483400000 } from './1795483400000-create-saved-search.migration';

/** In order. Hand-written SQL, run at start-up; never edit one that has shipped, add another. */
export const VACANCIES_MIGRATIONS = [
  CreateVacancy1795478500000,
  AddVacancyDetails1795483000000,
  CreateDepartment1795483100000,
  // Departments and establishment (1795483100000..), post reservations (1795483200000..), search indexes
  // (1795483300000..), saved searches and alerts (1795483400000..): each area adds its own below, in order.
  CreatePostReservation1795483200000,
  VacancySearchIndexes1795483300000,
  CreateSavedSearch1795483400000,
];
