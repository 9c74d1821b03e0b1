import { ANONYMOUS, Identity } from '../../identity/identity';
import { Role } from '../../identity/role';
import { RECOMMEND_OPPORTUNITIES, SUGGEST_CANDIDATES } from './matching.policies';

// A DWP person and a DWP vacancy; each caller stands somewhere relative to them.
const as = (role: Role, parts: Partial<Identity> = {}): Identity => ({
  subject: `${role}-${parts.departmentCode ?? 'x'}`,
  roles: [role],
  crossGovernment: false,
  ...parts,
});
const CALLERS: Record<string, Identity> = {
  anonymous: ANONYMOUS,
  employeeSelf: as('EMPLOYEE', { personId: 'dwp-person', departmentCode: 'DWP' }),
  employeeOther: as('EMPLOYEE', { personId: 'someone-else', departmentCode: 'DWP' }),
  hiringManagerSame: as('HIRING_MANAGER', { departmentCode: 'DWP' }),
  hiringManagerOther: as('HIRING_MANAGER', { departmentCode: 'HMRC' }),
  hrAdminSame: as('HR_ADMIN', { departmentCode: 'DWP' }),
  hrAdminOther: as('HR_ADMIN', { departmentCode: 'HMRC' }),
  hrAdminCrossGovernment: as('HR_ADMIN', { departmentCode: 'CO', crossGovernment: true }),
  plannerSame: as('WORKFORCE_PLANNER', { departmentCode: 'DWP' }),
  plannerOther: as('WORKFORCE_PLANNER', { departmentCode: 'HMRC' }),
  plannerCrossGovernment: as('WORKFORCE_PLANNER', { departmentCode: 'CO', crossGovernment: true }),
  serviceSame: as('SERVICE', { departmentCode: 'DWP' }),
};
const allowedOf = (decide: (identity: Identity) => boolean) =>
  Object.entries(CALLERS)
    .filter(([, identity]) => decide(identity))
    .map(([caller]) => caller);

describe('matching policies', () => {
  it('RECOMMEND_OPPORTUNITIES: the person, their department’s HR and planners, cross-government ones', () => {
    // Consent to share the profile does not open a person's recommendations to other departments.
    const person = {
      id: 'dwp-person',
      departmentCode: 'DWP',
      preferences: { shareProfileAcrossDepartments: true },
    };
    expect(allowedOf((identity) => RECOMMEND_OPPORTUNITIES.allows(identity, person))).toEqual([
      'employeeSelf',
      'hrAdminSame',
      'hrAdminCrossGovernment',
      'plannerSame',
      'plannerCrossGovernment',
    ]);
    expect(RECOMMEND_OPPORTUNITIES.decide(ANONYMOUS, person)).toEqual({
      allowed: false,
      reason: 'UNAUTHENTICATED',
    });
  });

  it('SUGGEST_CANDIDATES: the vacancy’s department’s hiring managers and planners, cross-government planners', () => {
    expect(allowedOf((identity) => SUGGEST_CANDIDATES.allows(identity, { departmentCode: 'DWP' }))).toEqual([
      'hiringManagerSame',
      'plannerSame',
      'plannerCrossGovernment',
    ]);
  });
});
