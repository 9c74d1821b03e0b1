import { NotFoundError, TransactionRunner } from '@civil/platform';
import { Injectable } from '@nestjs/common';
import { checkMinimumAssignmentMonths } from '../../domain/reference-data.rules';
import { SpecialistTrack } from '../../domain/reference-data.types';
import { CachedReferenceDataCatalog } from '../cached-reference-data.catalog';
import { ReferenceDataStore } from '../reference-data.store';
import { UpdateSpecialistTrackCommand } from './update-specialist-track.command';

export interface SpecialistTrackUpdate {
  before: SpecialistTrack;
  after: SpecialistTrack;
}

@Injectable()
export class UpdateSpecialistTrackHandler {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly store: ReferenceDataStore,
    private readonly catalog: CachedReferenceDataCatalog,
  ) {}

  /**
   * Changes a track's minimum expected assignment. It applies to moves judged from now on; holds already decided
   * stand. Setting the value it already has changes nothing and makes no new version.
   */
  async execute(command: UpdateSpecialistTrackCommand): Promise<SpecialistTrackUpdate> {
    const months = checkMinimumAssignmentMonths(command.minimumAssignmentMonths);
    const update = await this.transactions.run(
      async (): Promise<SpecialistTrackUpdate & { version?: number }> => {
        const before = await this.store.findSpecialistTrack(command.code);
        if (!before) throw new NotFoundError('SpecialistTrack', command.code);
        const after = { ...before, minimumAssignmentMonths: months };
        if (before.minimumAssignmentMonths === months) return { before, after };
        await this.store.updateSpecialistTrack(after);
        const version = await this.store.recordChange({
          recordType: 'SpecialistTrack',
          recordKey: after.code,
          changedBy: command.changedBy,
          change: {
            before: { minimumAssignmentMonths: before.minimumAssignmentMonths },
            after: { minimumAssignmentMonths: months },
          },
        });
        return { before, after, version };
      },
    );
    if (update.version !== undefined) this.catalog.invalidate(update.version);
    return { before: update.before, after: update.after };
  }
}
