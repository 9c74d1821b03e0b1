import { KnownPreferences } from '../known-profile';

/** Take in a person's mobility preferences and consent, from PersonPreferencesChanged. */
export class RecordPreferencesCommand {
  constructor(readonly preferences: KnownPreferences) {}
}
