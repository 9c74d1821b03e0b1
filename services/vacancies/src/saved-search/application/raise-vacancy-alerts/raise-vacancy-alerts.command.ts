/** A vacancy was published or an open one changed: alert everyone whose saved search it now matches. */
export class RaiseVacancyAlertsCommand {
  constructor(
    readonly vacancyId: string,
    readonly traceId: string,
  ) {}
}
