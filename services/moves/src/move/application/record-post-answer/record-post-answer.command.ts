/** The vacancies service's answer to a move's post reservation request, or its release of the post. */
export class RecordPostAnswerCommand {
  constructor(
    readonly moveId: string,
    /** `released`: vacancies gave the post back, as a stopped move asked or unasked (its vacancy was cancelled). */
    readonly answer: { reserved: true } | { reserved: false; reason: string } | { released: true },
    readonly traceId: string,
  ) {}
}
