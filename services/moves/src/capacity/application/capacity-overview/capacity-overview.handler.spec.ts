import { Identity } from '@civil/auth';
import { CapacityQuery } from '../capacity.reader';
import { CapacityDay } from '../capacity-day';
import { CapacityOverviewReader } from '../capacity-overview.reader';
import { DepartmentFigures } from '../../domain/capacity-overview.rules';
import { CapacityOverviewHandler } from './capacity-overview.handler';
import { CapacityOverviewQuery } from './capacity-overview.query';

const TODAY = '2026-11-24';
const figures = (departmentCode: string, gap: number): DepartmentFigures => ({
  departmentCode,
  establishment: gap,
  substantive: 0,
  away: 0,
  hereOnLoanOrSecondment: 0,
  inPost: 0,
  incoming: 0,
  outgoing: 0,
  openPosts: 0,
  gap,
  specialistsInsideMinimumTerm: 0,
  specialistsPastMinimumTerm: 0,
});

class FakeOverviewReader extends CapacityOverviewReader {
  readonly queries: CapacityQuery[] = [];
  async departments(query: CapacityQuery) {
    this.queries.push(query);
    return [figures('HO', 1), figures('DWP', 4), figures('CO', 4)].filter(
      (row) => !query.departments || query.departments.includes(row.departmentCode),
    );
  }
}

const planner = (departmentCode: string, crossGovernment = false): Identity => ({
  subject: 'planner',
  roles: ['WORKFORCE_PLANNER'],
  departmentCode,
  crossGovernment,
});

describe('the capacity overview', () => {
  let reader: FakeOverviewReader;
  let handler: CapacityOverviewHandler;
  beforeEach(() => {
    reader = new FakeOverviewReader();
    handler = new CapacityOverviewHandler(reader, { today: () => TODAY } as CapacityDay);
  });

  it('ranks every department for a cross-government planner, largest gap first, ties by code', async () => {
    const overview = await handler.execute(new CapacityOverviewQuery(planner('CO', true), {}));
    expect(overview.departments.map((row) => row.departmentCode)).toEqual(['CO', 'DWP', 'HO']);
    expect(reader.queries).toEqual([{ asOf: TODAY, today: TODAY }]);
  });

  it("narrows a department planner to their own department, and reads nothing when they ask for others'", async () => {
    const own = await handler.execute(new CapacityOverviewQuery(planner('DWP'), {}, '2027-01-01'));
    expect(own.departments.map((row) => row.departmentCode)).toEqual(['DWP']);
    expect(reader.queries[0]).toMatchObject({ asOf: '2027-01-01', departments: ['DWP'] });

    const others = await handler.execute(new CapacityOverviewQuery(planner('DWP'), { departments: ['HO'] }));
    expect(others.departments).toEqual([]);
    expect(reader.queries).toHaveLength(1);
  });

  it('refuses a past date', async () => {
    await expect(
      handler.execute(new CapacityOverviewQuery(planner('CO', true), {}, '2026-01-01')),
    ).rejects.toThrow(expect.objectContaining({ code: 'CAPACITY.AS_OF_IN_THE_PAST' }));
  });
});
