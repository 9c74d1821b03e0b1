import { DepartmentFigures } from '../domain/capacity-overview.rules';
import { CapacityQuery } from './capacity.reader';

/** Every department's lines summed, as departmentTotals would sum CapacityReader.lines (without the lines). */
export abstract class CapacityOverviewReader {
  abstract departments(query: CapacityQuery): Promise<DepartmentFigures[]>;
}
