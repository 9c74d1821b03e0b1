import { PeopleSearchScope } from '@civil/auth';
import { TypeOrmTransactionRunner } from '@civil/platform';
import { Injectable } from '@nestjs/common';
import { PeopleSearchCriteria, PeopleSearchPosition } from '../application/people-search.criteria';
import { Headcount, PeopleSearchStore } from '../application/people-search.store';
import {
  departmentHeadcounts,
  departmentPeoplePages,
  peopleSearchCount,
  peopleSearchPage,
  SqlQuery,
} from './people-search.sql';

@Injectable()
export class TypeOrmPeopleSearchStore extends PeopleSearchStore {
  constructor(private readonly transactions: TypeOrmTransactionRunner) {
    super();
  }

  private run<T>({ text, values }: SqlQuery): Promise<T[]> {
    return this.transactions.readManager().query(text, values);
  }

  page(
    criteria: PeopleSearchCriteria,
    scope: PeopleSearchScope,
    limit: number,
    after?: PeopleSearchPosition,
  ): Promise<PeopleSearchPosition[]> {
    return this.run<PeopleSearchPosition>(peopleSearchPage(criteria, scope, limit, after));
  }

  async pagesByDepartment(
    departmentCodes: string[],
    criteria: PeopleSearchCriteria,
    scope: PeopleSearchScope,
    limit: number,
    after?: PeopleSearchPosition,
  ): Promise<Map<string, PeopleSearchPosition[]>> {
    const rows = await this.run<PeopleSearchPosition & { departmentCode: string }>(
      departmentPeoplePages(departmentCodes, criteria, scope, limit, after),
    );
    const pages = new Map<string, PeopleSearchPosition[]>();
    for (const { departmentCode, ...position } of rows)
      pages.set(departmentCode, [...(pages.get(departmentCode) ?? []), position]);
    return pages;
  }

  async count(criteria: PeopleSearchCriteria, scope: PeopleSearchScope): Promise<number> {
    const [row] = await this.run<{ total: number }>(peopleSearchCount(criteria, scope));
    return row.total;
  }

  async headcounts(departmentCodes: string[], filter: { profession?: string; grade?: string }) {
    const rows = await this.run<{ departmentCode: string; people: number; fte: string }>(
      departmentHeadcounts(departmentCodes, filter),
    );
    const found = new Map(rows.map((row) => [row.departmentCode, row]));
    return new Map<string, Headcount>(
      departmentCodes.map((code) => {
        const row = found.get(code);
        // sum(numeric) is exact; hundredths of an FTE fit a JS number without loss at any headcount we will see.
        return [code, { people: row?.people ?? 0, fte: row ? Number(row.fte) : 0 }];
      }),
    );
  }
}
