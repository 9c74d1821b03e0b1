import { Injectable } from '@nestjs/common';
import { MoveSnapshot } from '../../../move/domain/move.aggregate';
import { forecastMonths, ForecastMonth } from '../../domain/capacity-dates.rules';
import {
  DepartmentFigures,
  departmentTotals,
  emptyDepartmentFigures,
} from '../../domain/capacity-overview.rules';
import { CapacityFigures } from '../capacity.reader';
import { CapacityDay } from '../capacity-day';
import { CapacityForecastReader } from '../capacity-forecast.reader';
import { CapacityForecastQuery } from './capacity-forecast.query';

/** One month: the figures at its start, and the moves that change them before the next month starts. */
export interface CapacityForecastMonth extends ForecastMonth {
  today: string;
  totals: DepartmentFigures;
  lines: CapacityFigures[];
  /** Agreed moves starting in the month, into or out of the department. */
  starting: MoveSnapshot[];
  /** Loans and secondments ending in the month: people coming home, or leaving the host. */
  ending: MoveSnapshot[];
}

const inMonth = (date: string | undefined, month: ForecastMonth) =>
  date !== undefined && date >= month.startsOn && date < month.endsBefore;

/** The lines at every month's start in one read, and the moves of the whole window in another, split by month. */
@Injectable()
export class CapacityForecastHandler {
  constructor(
    private readonly reader: CapacityForecastReader,
    private readonly day: CapacityDay,
  ) {}

  async execute(query: CapacityForecastQuery): Promise<CapacityForecastMonth[]> {
    const today = this.day.today();
    const months = forecastMonths(today, query.months);
    const filter = {
      ...(query.profession !== undefined && { professions: [query.profession] }),
      ...(query.grade !== undefined && { grades: [query.grade] }),
    };
    const [linesByDate, changes] = await Promise.all([
      this.reader.linesOn({
        dates: months.map((month) => month.startsOn),
        today,
        departments: [query.departmentCode],
        ...filter,
      }),
      this.reader.changes({
        departmentCode: query.departmentCode,
        from: months[0].startsOn,
        before: months[months.length - 1].endsBefore,
        ...filter,
      }),
    ]);
    return months.map((month) => {
      const lines = linesByDate.get(month.startsOn) ?? [];
      const [totals] = departmentTotals(lines);
      return {
        ...month,
        today,
        totals: totals ?? emptyDepartmentFigures(query.departmentCode),
        lines,
        starting: changes.starting.filter((move) => inMonth(move.terms.startsOn, month)),
        ending: changes.ending.filter((move) => inMonth(move.terms.endsOn, month)),
      };
    });
  }
}
