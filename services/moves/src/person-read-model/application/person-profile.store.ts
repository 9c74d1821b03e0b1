import { KnownPreferences, KnownSkills } from './known-profile';

/**
 * Port for the matching columns of person_read_model, used inside the inbox's transaction. Each write also takes the
 * tenure dates the event carries, at the event's version, and only when the row holds an older version: a duplicate
 * or a late event changes nothing. A person moves has not heard of yet is not created from a profile event alone.
 */
export abstract class PersonProfileStore {
  abstract saveSkills(skills: KnownSkills): Promise<void>;
  abstract savePreferences(preferences: KnownPreferences): Promise<void>;
}
