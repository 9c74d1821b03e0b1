/** capacityForecast: a department's capacity month by month from today. */
export class CapacityForecastQuery {
  constructor(
    readonly departmentCode: string,
    readonly months: number,
    readonly profession?: string,
    readonly grade?: string,
  ) {}
}
