import { READ_DEPARTMENT_HEADCOUNT } from '@civil/auth';
import { AuthorizationError, denialOf } from '@civil/platform';
import { Injectable } from '@nestjs/common';
import { Headcount, PeopleSearchStore } from '../people-search.store';
import { DepartmentHeadcountsQuery } from './department-headcounts.query';

/** A department's headcount, or why the caller may not see it: one refusal must not fail the rest of the batch. */
export type ReadableHeadcount = Headcount | AuthorizationError;

/**
 * Headcount is people on the department's books: ACTIVE, ON_LOAN and ON_SECONDMENT (people away on a loan or
 * secondment still belong to it and come back), not LEFT. Capacity at a date, with loans in and out, is moves' job.
 */
@Injectable()
export class DepartmentHeadcountsHandler {
  constructor(private readonly store: PeopleSearchStore) {}

  async execute({ departmentCodes, filter, identity }: DepartmentHeadcountsQuery) {
    const denials = new Map(
      departmentCodes.map((departmentCode) => [
        departmentCode,
        denialOf(READ_DEPARTMENT_HEADCOUNT, identity, { departmentCode }),
      ]),
    );
    const allowed = departmentCodes.filter((code) => !denials.get(code));
    const counts = allowed.length > 0 ? await this.store.headcounts(allowed, filter) : new Map();
    return new Map<string, ReadableHeadcount>(
      departmentCodes.map((code) => [code, denials.get(code) ?? counts.get(code) ?? { people: 0, fte: 0 }]),
    );
  }
}
