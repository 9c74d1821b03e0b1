import { DepartmentFilter } from '../department.store';

export class FindDepartmentsQuery {
  constructor(readonly filter: DepartmentFilter) {}
}
