/** The moves saga asks for one post of a vacancy for a move (PostReservationRequested). */
export class ReservePostCommand {
  constructor(
    readonly moveId: string,
    readonly vacancyId: string,
    readonly personId: string,
    readonly traceId: string,
  ) {}
}
