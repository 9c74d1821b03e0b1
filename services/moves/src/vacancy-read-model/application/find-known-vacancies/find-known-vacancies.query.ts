export class FindKnownVacanciesQuery {
  constructor(readonly vacancyIds: string[]) {}
}
