import { Injectable } from '@nestjs/common';
import { Department } from '../../domain/department';
import { DepartmentStore } from '../department.store';
import { FindDepartmentsQuery } from './find-departments.query';

@Injectable()
export class FindDepartmentsHandler {
  constructor(private readonly departments: DepartmentStore) {}

  execute(query: FindDepartmentsQuery): Promise<Department[]> {
    const search = query.filter.search?.trim();
    return this.departments.list({ ...query.filter, search: search || undefined });
  }
}
