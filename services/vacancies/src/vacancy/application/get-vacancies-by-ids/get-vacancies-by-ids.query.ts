/** Many vacancies at once (federation's `_entities`, search results), by id. */
export class GetVacanciesByIdsQuery {
  constructor(readonly ids: string[]) {}
}
