import { ConflictError, TransactionRunner } from '@civil/platform';
import { Injectable } from '@nestjs/common';
import { ReferenceDataRuleViolation } from '../../domain/reference-data.errors';
import { newSpecialistTrack } from '../../domain/reference-data.rules';
import { SpecialistTrack } from '../../domain/reference-data.types';
import { CachedReferenceDataCatalog } from '../cached-reference-data.catalog';
import { ReferenceDataStore } from '../reference-data.store';
import { AddSpecialistTrackCommand } from './add-specialist-track.command';

@Injectable()
export class AddSpecialistTrackHandler {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly store: ReferenceDataStore,
    private readonly catalog: CachedReferenceDataCatalog,
  ) {}

  async execute(command: AddSpecialistTrackCommand): Promise<SpecialistTrack> {
    // Read fresh: the profession may have been added a moment ago on another replica.
    this.catalog.invalidate();
    const { grades, professions } = await this.catalog.snapshot();
    const track = newSpecialistTrack(command.track, grades);
    if (!professions.some((profession) => profession.name === track.profession))
      throw new ReferenceDataRuleViolation(
        'REFERENCE_DATA.UNKNOWN_PROFESSION',
        'profession',
        `${track.profession} is not a profession in the reference data`,
      );
    const version = await this.transactions.run(async () => {
      if (!(await this.store.addSpecialistTrack(track))) return undefined;
      return this.store.recordChange({
        recordType: 'SpecialistTrack',
        recordKey: track.code,
        changedBy: command.changedBy,
        change: { before: null, after: track },
      });
    });
    if (version === undefined)
      throw new ConflictError(
        `The specialist track ${track.code} exists already`,
        'REFERENCE_DATA.TRACK_EXISTS',
        'code',
      );
    this.catalog.invalidate(version);
    return track;
  }
}
