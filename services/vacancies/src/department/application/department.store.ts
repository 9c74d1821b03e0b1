import { Department } from '../domain/department';
import { OrganisationType } from '../domain/organisation-type';

export interface DepartmentFilter {
  type?: OrganisationType;
  /** A case-insensitive fragment of the code or the name. */
  search?: string;
}

/** Persistence of the organisations. Writes join the open transaction. */
export abstract class DepartmentStore {
  /** By name. */
  abstract list(filter: DepartmentFilter): Promise<Department[]>;
  abstract findByCodes(codes: readonly string[]): Promise<Department[]>;
  abstract childrenOf(codes: readonly string[]): Promise<Department[]>;
  /** False when the code is taken (in any case). */
  abstract add(department: Department, addedBy: string): Promise<boolean>;
}
