export class AddProfessionCommand {
  constructor(
    readonly profession: { name: string; group: string },
    /** The caller's token subject, kept in the reference-data history beside the version. */
    readonly changedBy: string,
  ) {}
}
