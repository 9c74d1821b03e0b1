import { KnownVacancy } from '../known-vacancy';

/** Take in a vacancy's latest known state, from a vacancies event. */
export class ProjectVacancyCommand {
  constructor(readonly vacancy: KnownVacancy) {}
}
