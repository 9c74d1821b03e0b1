/** The move stopped before it started (withdrawn, rejected or cancelled): its post is free again. */
export class ReleasePostCommand {
  constructor(
    readonly moveId: string,
    readonly traceId: string,
  ) {}
}
