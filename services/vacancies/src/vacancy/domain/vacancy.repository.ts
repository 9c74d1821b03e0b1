import { Vacancy } from './vacancy.aggregate';

/** Persistence port for vacancies; the infrastructure layer implements it inside the open unit of work. */
export abstract class VacancyRepository {
  abstract add(vacancy: Vacancy): Promise<void>;
  /** Saves a change made to the vacancy loaded at `loadedVersion`; CONFLICT when someone else saved first. */
  abstract save(vacancy: Vacancy, loadedVersion: number): Promise<void>;
  abstract findById(id: string): Promise<Vacancy | null>;
  /**
   * Loads and locks the vacancy's row until the unit of work ends: every change to a vacancy and to its post
   * reservations takes this lock first, so they happen one after another (never overfilled, never half-cancelled).
   */
  abstract lockById(id: string): Promise<Vacancy | null>;
  abstract findByIds(ids: string[]): Promise<Vacancy[]>;
  /**
   * Open vacancies whose closing date is before `today`, locked, skipping any another instance of the job holds:
   * two instances share the work instead of waiting for each other.
   */
  abstract lockOpenClosingBefore(today: string, limit: number): Promise<Vacancy[]>;
}
