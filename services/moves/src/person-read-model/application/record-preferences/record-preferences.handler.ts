import { Injectable } from '@nestjs/common';
import { PersonProfileStore } from '../person-profile.store';
import { RecordPreferencesCommand } from './record-preferences.command';

/**
 * Whether the person is open to move, what they want, and whether other departments may see them: suggested
 * candidates show nobody without it. Inside the inbox's transaction; an older version never overwrites a newer one.
 */
@Injectable()
export class RecordPreferencesHandler {
  constructor(private readonly profiles: PersonProfileStore) {}

  execute({ preferences }: RecordPreferencesCommand): Promise<void> {
    return this.profiles.savePreferences(preferences);
  }
}
