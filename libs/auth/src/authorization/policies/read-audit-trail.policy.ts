import { Policy } from '../policy';
import { departmentOrCrossGovernment } from '../scope.rules';
import { DepartmentScoped } from './policy-resources';

/**
 * `auditTrail(subjectId)`: who did what to a person's record is for the HR of the department that holds it (or
 * cross-government HR). The resource is the subject's department, known once the use case has loaded the subject.
 */
export const READ_AUDIT_TRAIL = new Policy<DepartmentScoped>("read this person's audit trail", {
  HR_ADMIN: departmentOrCrossGovernment((subject) => subject.departmentCode),
});
