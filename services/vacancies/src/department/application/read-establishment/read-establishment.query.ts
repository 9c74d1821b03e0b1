import { EstablishmentFilter } from '../establishment.store';

export class ReadEstablishmentQuery {
  constructor(
    readonly departmentCodes: readonly string[],
    /** ISO date; today (the injected clock's, UTC) when absent. */
    readonly asOf: string | undefined,
    readonly filter: EstablishmentFilter,
  ) {}
}
