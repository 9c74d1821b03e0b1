/** Federation asks for many people at once (`_entities`); unknown ids are simply absent from the answer. */
export class GetPeopleByIdsQuery {
  constructor(readonly ids: string[]) {}
}
