export class GetDepartmentsByCodesQuery {
  constructor(readonly codes: readonly string[]) {}
}
