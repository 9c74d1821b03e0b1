import { Policy } from '../policy';
import { departmentOrCrossGovernment } from '../scope.rules';
import { DepartmentScoped } from './policy-resources';

/** `registerPerson`: HR keeps its department's people records. */
export const REGISTER_PERSON = new Policy<DepartmentScoped>('register a person in this department', {
  HR_ADMIN: departmentOrCrossGovernment((input) => input.departmentCode),
});
