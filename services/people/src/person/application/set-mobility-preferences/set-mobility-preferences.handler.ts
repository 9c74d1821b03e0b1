import { SET_MOBILITY_PREFERENCES } from '@civil/auth';
import { Injectable } from '@nestjs/common';
import { PersonSnapshot } from '../../domain/person.aggregate';
import { PersonChangeRunner } from '../person-change.runner';
import { SetMobilityPreferencesCommand } from './set-mobility-preferences.command';

@Injectable()
export class SetMobilityPreferencesHandler {
  constructor(private readonly changes: PersonChangeRunner) {}

  execute(command: SetMobilityPreferencesCommand): Promise<PersonSnapshot> {
    return this.changes.run({ ...command, policy: SET_MOBILITY_PREFERENCES }, (person, { now, policy }) =>
      person.setMobilityPreferences(command.preferences, now, policy),
    );
  }
}
