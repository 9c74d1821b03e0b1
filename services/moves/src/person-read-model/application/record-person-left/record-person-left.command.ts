/** A person moves knows of has left: they no longer count anywhere. */
export class RecordPersonLeftCommand {
  constructor(
    readonly personId: string,
    readonly version: number,
  ) {}
}
