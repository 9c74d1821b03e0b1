import { KnownPerson, KnownTenure } from './known-person';

/** Port for the person read model (table person_read_model), used inside the inbox's transaction. */
export abstract class PersonReadModelStore {
  abstract versionOf(personId: string): Promise<number | undefined>;
  /** Inserts or replaces, but never with an older version than the row holds, even when two writers race. */
  abstract save(person: KnownPerson): Promise<void>;
  /** Marks a known person as LEFT at `version`, unless the row already holds that version or a newer one. */
  /** Tenure dates (and the track, when given) at `version`, unless the row already holds that version or newer. */
  abstract saveTenure(tenure: KnownTenure): Promise<void>;
  abstract markLeft(personId: string, version: number): Promise<void>;
  abstract knownIds(personIds: string[]): Promise<Set<string>>;
  abstract count(): Promise<number>;
}
