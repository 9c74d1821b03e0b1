import { Injectable } from '@nestjs/common';
import { PersonReadModelStore } from '../person-read-model.store';
import { RecordTenureCommand } from './record-tenure.command';

/**
 * Every person event after registration carries the person's tenure dates (skills, preferences and track changes
 * too: people keeps one version sequence), and a track change names the track. Moves keeps them for the tenure hold.
 * Inside the inbox's transaction; an older version never overwrites a newer one (the store's condition).
 */
@Injectable()
export class RecordTenureHandler {
  constructor(private readonly people: PersonReadModelStore) {}

  execute({ tenure }: RecordTenureCommand): Promise<void> {
    return this.people.saveTenure(tenure);
  }
}
