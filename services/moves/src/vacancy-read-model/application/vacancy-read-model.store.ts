import { KnownVacancy } from './known-vacancy';

/** Port for the vacancy read model (table vacancy_read_model), used inside the inbox's transaction. */
export abstract class VacancyReadModelStore {
  abstract versionOf(vacancyId: string): Promise<number | undefined>;
  /** Inserts or replaces, but never with an older version than the row holds, even when two writers race. */
  abstract save(vacancy: KnownVacancy): Promise<void>;
  /** A status change of a vacancy already held, when `version` is newer; false when none is held (or it is newer). */
  abstract saveStatus(vacancyId: string, status: string, version: number): Promise<boolean>;
  abstract knownIds(vacancyIds: string[]): Promise<Set<string>>;
  abstract count(): Promise<number>;
}
