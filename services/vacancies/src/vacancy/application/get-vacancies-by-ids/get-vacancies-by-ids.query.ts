/** Federation asks for many vacancies at once (`_entities`); unknown ids are simply absent from the answer. */
export class GetVacanciesByIdsQuery {
  constructor(readonly ids: string[]) {}
}
