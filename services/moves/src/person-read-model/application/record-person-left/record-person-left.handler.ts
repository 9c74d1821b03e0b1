import { Injectable } from '@nestjs/common';
import { PersonReadModelStore } from '../person-read-model.store';
import { RecordPersonLeftCommand } from './record-person-left.command';

/** Runs inside the inbox's transaction. A person moves never heard of stays unknown: there is nothing to mark. */
@Injectable()
export class RecordPersonLeftHandler {
  constructor(private readonly people: PersonReadModelStore) {}

  async execute({ personId, version }: RecordPersonLeftCommand): Promise<void> {
    await this.people.markLeft(personId, version);
  }
}
