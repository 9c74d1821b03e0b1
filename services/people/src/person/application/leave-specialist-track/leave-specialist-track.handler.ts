import { MANAGE_PERSON_RECORD } from '@civil/auth';
import { Injectable } from '@nestjs/common';
import { PersonSnapshot } from '../../domain/person.aggregate';
import { PersonChangeRunner } from '../person-change.runner';
import { LeaveSpecialistTrackCommand } from './leave-specialist-track.command';

@Injectable()
export class LeaveSpecialistTrackHandler {
  constructor(private readonly changes: PersonChangeRunner) {}

  execute(command: LeaveSpecialistTrackCommand): Promise<PersonSnapshot> {
    return this.changes.run({ ...command, policy: MANAGE_PERSON_RECORD }, (person, { now, policy }) =>
      person.leaveSpecialistTrack(now, policy),
    );
  }
}
