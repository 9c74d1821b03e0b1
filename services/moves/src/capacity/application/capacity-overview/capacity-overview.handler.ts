import { capacityDepartmentsOf } from '@civil/auth';
import { Injectable } from '@nestjs/common';
import { capacityDate } from '../../domain/capacity-dates.rules';
import { DepartmentFigures, rankByGap } from '../../domain/capacity-overview.rules';
import { CapacityDay } from '../capacity-day';
import { CapacityOverviewReader } from '../capacity-overview.reader';
import { CapacityOverviewFilter, CapacityOverviewQuery } from './capacity-overview.query';

export interface CapacityOverview {
  asOf: string;
  today: string;
  /** The filter as applied (departments narrowed to the caller's scope): the lines of a department are read with it. */
  filter: CapacityOverviewFilter;
  departments: DepartmentFigures[];
}

/**
 * Every department the caller may read, summed and ranked by gap, largest shortfall first. The caller's scope is part
 * of the query: a department planner asking for others gets theirs only, as lists of moves do.
 */
@Injectable()
export class CapacityOverviewHandler {
  constructor(
    private readonly reader: CapacityOverviewReader,
    private readonly day: CapacityDay,
  ) {}

  async execute({ identity, filter, asOf, first }: CapacityOverviewQuery): Promise<CapacityOverview> {
    const today = this.day.today();
    const date = capacityDate(asOf, today);
    const scope = capacityDepartmentsOf(identity);
    const departments =
      scope === 'ALL'
        ? filter.departments
        : (filter.departments ?? scope).filter((code) => scope.includes(code));
    const applied = { ...filter, ...(departments && { departments }) };
    if (departments?.length === 0) return { asOf: date, today, filter: applied, departments: [] };
    const figures = await this.reader.departments({ asOf: date, today, ...applied });
    return { asOf: date, today, filter: applied, departments: rankByGap(figures, first) };
  }
}
