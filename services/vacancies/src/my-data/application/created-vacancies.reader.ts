import { CreatedVacancy } from './created-vacancy';

/** Port: the vacancies a person created, newest first. */
export abstract class CreatedVacanciesReader {
  abstract createdBy(personId: string): Promise<CreatedVacancy[]>;
}
