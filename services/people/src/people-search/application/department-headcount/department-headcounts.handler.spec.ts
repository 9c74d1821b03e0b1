import { Identity } from '@civil/auth';
import { ForbiddenError } from '@civil/platform';
import { Headcount, PeopleSearchStore } from '../people-search.store';
import { DepartmentHeadcountsHandler } from './department-headcounts.handler';
import { DepartmentHeadcountsQuery } from './department-headcounts.query';

class CountingStore extends PeopleSearchStore {
  readonly calls: string[][] = [];
  async page() {
    return [];
  }
  async pagesByDepartment() {
    return new Map();
  }
  async count() {
    return 0;
  }
  async headcounts(codes: string[]): Promise<Map<string, Headcount>> {
    this.calls.push(codes);
    return new Map(codes.filter((code) => code !== 'EMPTY').map((code) => [code, { people: 3, fte: 2.5 }]));
  }
}

describe('DepartmentHeadcountsHandler', () => {
  it('counts every department the caller may see in one call, and refuses the others one by one', async () => {
    const store = new CountingStore();
    const planner: Identity = {
      subject: 'wp',
      roles: ['WORKFORCE_PLANNER'],
      departmentCode: 'DWP',
      crossGovernment: false,
    };
    const answers = await new DepartmentHeadcountsHandler(store).execute(
      new DepartmentHeadcountsQuery(['DWP', 'HMRC'], { grade: 'G7' }, planner),
    );
    expect(answers.get('DWP')).toEqual({ people: 3, fte: 2.5 });
    expect(answers.get('HMRC')).toBeInstanceOf(ForbiddenError);
    expect(store.calls).toEqual([['DWP']]);
  });

  it('answers zero for a department with nobody on its books, and does not query for a caller who may see none', async () => {
    const store = new CountingStore();
    const crossGovernment: Identity = { subject: 'hr', roles: ['HR_ADMIN'], crossGovernment: true };
    const counts = await new DepartmentHeadcountsHandler(store).execute(
      new DepartmentHeadcountsQuery(['EMPTY'], {}, crossGovernment),
    );
    expect(counts.get('EMPTY')).toEqual({ people: 0, fte: 0 });

    const employee: Identity = { subject: 'e', roles: ['EMPLOYEE'], crossGovernment: false };
    const none = new CountingStore();
    await new DepartmentHeadcountsHandler(none).execute(new DepartmentHeadcountsQuery(['DWP'], {}, employee));
    expect(none.calls).toEqual([]);
  });
});
