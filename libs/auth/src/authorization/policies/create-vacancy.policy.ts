import { Policy } from '../policy';
import { departmentOrCrossGovernment, sameDepartment } from '../scope.rules';
import { DepartmentScoped } from './policy-resources';

/** `createVacancy`: a department advertises its own funded posts. */
export const CREATE_VACANCY = new Policy<DepartmentScoped>('create a vacancy in this department', {
  HIRING_MANAGER: sameDepartment((input) => input.departmentCode),
  HR_ADMIN: departmentOrCrossGovernment((input) => input.departmentCode),
});
