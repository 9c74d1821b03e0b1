/** Department.capacity (and an overview's lines): the lines of some departments, batched per request, at a date. */
export class ReadCapacityQuery {
  constructor(
    readonly departmentCodes: readonly string[],
    readonly filter: {
      asOf?: string;
      professions?: readonly string[];
      grades?: readonly string[];
      location?: string;
    } = {},
  ) {}
}
