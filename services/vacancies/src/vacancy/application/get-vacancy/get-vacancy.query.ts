export class GetVacancyQuery {
  constructor(readonly id: string) {}
}
