/** A vacancy was published: alert everyone whose saved search it matches. */
export class RaiseVacancyAlertsCommand {
  constructor(
    readonly vacancyId: string,
    readonly traceId: string,
  ) {}
}
