import { CreateReadModels1795478600000 } from './1795478600000-create-read-models.migration';
import { CreateMoves1795484000000 } from './1795484000000-create-moves.migration';
import { AddPersonTenure1795484100000 } from './1795484100000-add-person-tenure.migration';
import { AddVacancyDetails1795484200000 } from './1795484200000-add-vacancy-details.migration';
import { CreateCapacity1795490000000 } from './1795490000000-create-capacity.migration';
import { AddPersonMatching1795490100000 } from './1795490100000-add-person-matching.migration';
import { CreateReallocationPlans1795490200000 } from './1795490200000-create-reallocation-plans.migration';

/** In order. Hand-written SQL, run at start-up; never edit one that has shipped, add another. */
export const MOVES_MIGRATIONS = [
  CreateReadModels1795478600000,
  CreateMoves1795484000000,
  AddPersonTenure1795484100000,
  AddVacancyDetails1795484200000,
  CreateCapacity1795490000000,
  AddPersonMatching1795490100000,
  CreateReallocationPlans1795490200000,
];
