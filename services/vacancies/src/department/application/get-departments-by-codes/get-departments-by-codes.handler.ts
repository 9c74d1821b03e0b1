import { Injectable } from '@nestjs/common';
import { Department } from '../../domain/department';
import { DepartmentStore } from '../department.store';
import { GetDepartmentsByCodesQuery } from './get-departments-by-codes.query';

/** One query for many codes (a list's parents, federation's `_entities`); an unknown code is left out. */
@Injectable()
export class GetDepartmentsByCodesHandler {
  constructor(private readonly departments: DepartmentStore) {}

  async execute(query: GetDepartmentsByCodesQuery): Promise<Map<string, Department>> {
    const found = await this.departments.findByCodes(query.codes);
    return new Map(found.map((department) => [department.code, department]));
  }

  /** Each code's children, by name; every code asked for has an entry. */
  async children(query: GetDepartmentsByCodesQuery): Promise<Map<string, Department[]>> {
    const children = new Map(query.codes.map((code) => [code, [] as Department[]]));
    for (const child of await this.departments.childrenOf(query.codes))
      children.get(child.parentCode!)?.push(child);
    return children;
  }
}
