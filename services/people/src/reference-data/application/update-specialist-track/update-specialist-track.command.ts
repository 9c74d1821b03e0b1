export class UpdateSpecialistTrackCommand {
  constructor(
    readonly code: string,
    readonly minimumAssignmentMonths: number,
    readonly changedBy: string,
  ) {}
}
