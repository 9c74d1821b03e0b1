/** The move started (MoveStarted): its reserved post is filled. */
export class FillPostCommand {
  constructor(
    readonly moveId: string,
    readonly vacancyId: string,
    readonly traceId: string,
  ) {}
}
