import { Policy } from '../policy';
import { departmentOrCrossGovernment, sameDepartment } from '../scope.rules';
import { DepartmentScoped } from './policy-resources';

/**
 * `Department.headcount`: counts, not names, but a small cell (the one SCS3 of a profession) still identifies someone,
 * so it is for the department's planners and HR (every department when cross-government) and its own systems.
 */
export const READ_DEPARTMENT_HEADCOUNT = new Policy<DepartmentScoped>("read this department's headcount", {
  HR_ADMIN: departmentOrCrossGovernment((department) => department.departmentCode),
  WORKFORCE_PLANNER: departmentOrCrossGovernment((department) => department.departmentCode),
  SERVICE: sameDepartment((department) => department.departmentCode),
});
