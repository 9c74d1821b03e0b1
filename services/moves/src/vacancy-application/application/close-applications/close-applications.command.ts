/** The vacancy is filled or cancelled: nobody else will be offered it. */
export class CloseApplicationsCommand {
  constructor(
    readonly vacancyId: string,
    readonly why: 'FILLED' | 'CANCELLED',
    readonly traceId: string,
  ) {}
}
