/** A vacancy closed, filled or was cancelled (VacancyClosed, VacancyFilled, VacancyCancelled). */
export class RecordVacancyStatusCommand {
  constructor(
    readonly vacancyId: string,
    readonly status: string,
    /** The vacancy's event version this reflects. */
    readonly version: number,
  ) {}
}
