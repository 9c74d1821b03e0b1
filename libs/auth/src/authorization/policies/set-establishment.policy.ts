import { Policy } from '../policy';
import { departmentOrCrossGovernment } from '../scope.rules';
import { DepartmentScoped } from './policy-resources';

/**
 * `setEstablishment`: a department's funded posts are set by its HR and its workforce planners (any department's when
 * their scope is cross-government); hiring managers advertise against them but do not set them.
 */
export const SET_ESTABLISHMENT = new Policy<DepartmentScoped>("set this department's establishment", {
  HR_ADMIN: departmentOrCrossGovernment((input) => input.departmentCode),
  WORKFORCE_PLANNER: departmentOrCrossGovernment((input) => input.departmentCode),
});
