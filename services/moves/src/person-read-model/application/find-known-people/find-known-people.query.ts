export class FindKnownPeopleQuery {
  constructor(readonly personIds: string[]) {}
}
