import { ANONYMOUS, Identity } from '../../identity/identity';
import { Role } from '../../identity/role';
import {
  LIST_REALLOCATION_PLANS,
  MANAGE_REALLOCATION_PLAN,
  PLAN_REALLOCATION,
} from './reallocation-plan.policies';

// The README's plan rows, decided without I/O: a plan over DWP and DSIT made by DWP's planner; each caller stands in
// DWP, in DSIT, elsewhere (HMRC) or across government.
const as = (role: Role, departmentCode?: string, crossGovernment = false): Identity => ({
  subject: `${role}-${departmentCode}`,
  roles: [role],
  crossGovernment,
  departmentCode,
  personId: 'someone',
});
const SCOPE = { departments: ['DWP', 'DSIT'] };
const DWP_PLAN = { planningDepartmentCode: 'DWP' };
const CROSS_GOVERNMENT_PLAN = {};

const CALLERS: Record<string, Identity> = {
  anonymous: ANONYMOUS,
  employee: as('EMPLOYEE', 'DWP'),
  hiringManager: as('HIRING_MANAGER', 'DWP'),
  hrAdmin: as('HR_ADMIN', 'DWP'),
  crossGovernmentHrAdmin: as('HR_ADMIN', 'CO', true),
  service: as('SERVICE', 'DWP'),
  plannerDwp: as('WORKFORCE_PLANNER', 'DWP'),
  plannerDsit: as('WORKFORCE_PLANNER', 'DSIT'),
  plannerHmrc: as('WORKFORCE_PLANNER', 'HMRC'),
  plannerWithoutDepartment: as('WORKFORCE_PLANNER'),
  plannerCrossGovernment: as('WORKFORCE_PLANNER', 'CO', true),
};
const allowed = (decide: (identity: Identity) => boolean) =>
  Object.entries(CALLERS)
    .filter(([, identity]) => decide(identity))
    .map(([name]) => name);

describe('reallocation plan policies', () => {
  it('lets planners plan a scope that includes their department, cross-government planners any scope', () => {
    expect(allowed((identity) => PLAN_REALLOCATION.allows(identity, SCOPE))).toEqual([
      'plannerDwp',
      'plannerDsit',
      'plannerCrossGovernment',
    ]);
  });

  it("keeps a department's plan to its planners and cross-government planners", () => {
    expect(allowed((identity) => MANAGE_REALLOCATION_PLAN.allows(identity, DWP_PLAN))).toEqual([
      'plannerDwp',
      'plannerCrossGovernment',
    ]);
    expect(allowed((identity) => MANAGE_REALLOCATION_PLAN.allows(identity, CROSS_GOVERNMENT_PLAN))).toEqual([
      'plannerCrossGovernment',
    ]);
  });

  it('lets every planner list plans (the rows are filtered), and nobody else', () => {
    expect(allowed((identity) => LIST_REALLOCATION_PLANS.allows(identity))).toEqual([
      'plannerDwp',
      'plannerDsit',
      'plannerHmrc',
      'plannerWithoutDepartment',
      'plannerCrossGovernment',
    ]);
    expect(PLAN_REALLOCATION.decide(ANONYMOUS, SCOPE)).toEqual({ allowed: false, reason: 'UNAUTHENTICATED' });
  });
});
