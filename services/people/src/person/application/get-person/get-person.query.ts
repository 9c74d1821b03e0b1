export class GetPersonQuery {
  constructor(readonly id: string) {}
}
