import { Identity } from '@civil/auth';

export class DepartmentHeadcountsQuery {
  constructor(
    /** Several at once: federation resolves a list of departments in one `_entities` call. */
    readonly departmentCodes: string[],
    readonly filter: { profession?: string; grade?: string },
    readonly identity: Identity,
  ) {}
}
