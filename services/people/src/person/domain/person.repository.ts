import { Person } from './person.aggregate';

/** Persistence port for people; the infrastructure layer implements it inside the open unit of work. */
export abstract class PersonRepository {
  abstract add(person: Person): Promise<void>;
  /** Writes a changed person, only if the stored version is still `loadedVersion`; otherwise CONFLICT. */
  abstract save(person: Person, loadedVersion: number): Promise<void>;
  abstract findById(id: string): Promise<Person | null>;
  abstract findByIds(ids: string[]): Promise<Person[]>;
  /** Which of the unique identifiers are already someone else's. */
  abstract findTaken(
    staffNumber: string,
    workEmail: string,
  ): Promise<{ staffNumber: boolean; workEmail: boolean }>;
}
