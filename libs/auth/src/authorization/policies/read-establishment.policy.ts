import { Policy } from '../policy';
import { anyone, sameDepartment } from '../scope.rules';
import { DepartmentScoped } from './policy-resources';

/**
 * `Department.establishment`: funded posts per profession x grade are about posts, not people (unlike a headcount,
 * whose one-person cells identify someone), and government publishes workforce figures by department, grade and
 * profession; employees use them to see where the posts are. So every person in any role of any department may read
 * them. A SERVICE credential is a department system's, granted for that department's integration: its own only.
 */
export const READ_ESTABLISHMENT = new Policy<DepartmentScoped>("read this department's establishment", {
  EMPLOYEE: anyone,
  HIRING_MANAGER: anyone,
  HR_ADMIN: anyone,
  WORKFORCE_PLANNER: anyone,
  SERVICE: sameDepartment((department) => department.departmentCode),
});
