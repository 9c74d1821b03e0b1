import { SpecialistTrack } from '../../domain/reference-data.types';

export class AddSpecialistTrackCommand {
  constructor(
    readonly track: SpecialistTrack,
    readonly changedBy: string,
  ) {}
}
