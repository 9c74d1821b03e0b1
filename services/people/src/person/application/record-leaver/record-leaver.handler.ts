import { MANAGE_PERSON_RECORD } from '@civil/auth';
import { Injectable } from '@nestjs/common';
import { PersonSnapshot } from '../../domain/person.aggregate';
import { PersonChangeRunner } from '../person-change.runner';
import { RecordLeaverCommand } from './record-leaver.command';

@Injectable()
export class RecordLeaverHandler {
  constructor(private readonly changes: PersonChangeRunner) {}

  execute(command: RecordLeaverCommand): Promise<PersonSnapshot> {
    return this.changes.run({ ...command, policy: MANAGE_PERSON_RECORD }, (person, { now, policy }) =>
      person.recordLeaver(command.leftOn, now, policy),
    );
  }
}
