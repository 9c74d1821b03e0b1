export class AddOrganisationCommand {
  constructor(
    readonly organisation: { code: string; name: string; type: string; parentCode?: string | null },
    /** The caller's token subject, kept on the row. */
    readonly addedBy: string,
  ) {}
}
