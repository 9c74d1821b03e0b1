import { Vacancy } from './vacancy.aggregate';

/** Persistence port for vacancies; the infrastructure layer implements it inside the open unit of work. */
export abstract class VacancyRepository {
  abstract add(vacancy: Vacancy): Promise<void>;
  abstract findById(id: string): Promise<Vacancy | null>;
  abstract findByIds(ids: string[]): Promise<Vacancy[]>;
}
