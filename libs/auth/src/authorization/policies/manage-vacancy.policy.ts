import { Policy } from '../policy';
import { departmentOrCrossGovernment, sameDepartment } from '../scope.rules';
import { DepartmentScoped } from './policy-resources';

/**
 * `updateVacancy`, `publishVacancy`, `closeVacancy`, `cancelVacancy`: the stored vacancy's department manages it,
 * through its hiring managers and HR admins; cross-government HR admins manage any. The guard screens roles; the use
 * case applies the rule to the stored vacancy ('record').
 */
export const MANAGE_VACANCY = new Policy<DepartmentScoped>('manage this vacancy', {
  HIRING_MANAGER: sameDepartment((vacancy) => vacancy.departmentCode),
  HR_ADMIN: departmentOrCrossGovernment((vacancy) => vacancy.departmentCode),
});
