import { MANAGE_PERSON_RECORD } from '@civil/auth';
import type { Clock } from '@civil/messaging';
import { CLOCK } from '@civil/platform';
import { Inject, Injectable } from '@nestjs/common';
import { PersonSnapshot } from '../../domain/person.aggregate';
import { PersonRuleViolation } from '../../domain/person.errors';
import { ReferenceDataCatalog } from '../../../reference-data/application/reference-data.catalog';
import { PersonChangeRunner } from '../person-change.runner';
import { JoinSpecialistTrackCommand } from './join-specialist-track.command';

/** HR puts a specialist on a track of their profession, from today; the track's minimum term then applies. */
@Injectable()
export class JoinSpecialistTrackHandler {
  constructor(
    private readonly changes: PersonChangeRunner,
    private readonly catalog: ReferenceDataCatalog,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(command: JoinSpecialistTrackCommand): Promise<PersonSnapshot> {
    const track = await this.catalog.specialistTrack(command.trackCode);
    if (!track)
      throw new PersonRuleViolation(
        'PERSON.UNKNOWN_TRACK',
        'trackCode',
        `${command.trackCode} is not a specialist track`,
      );
    const joinedOn = this.clock.now().toISOString().slice(0, 10);
    return this.changes.run(
      { ...command, policy: MANAGE_PERSON_RECORD, tracks: [track.code] },
      (person, { now, policy }) => person.joinSpecialistTrack(track, joinedOn, now, policy),
    );
  }
}
