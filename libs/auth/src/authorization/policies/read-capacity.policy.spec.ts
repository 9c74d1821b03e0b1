import { ANONYMOUS, Identity } from '../../identity/identity';
import { Role } from '../../identity/role';
import { capacityDepartmentsOf, READ_CAPACITY, READ_CAPACITY_OVERVIEW } from './read-capacity.policy';

const as = (role: Role, departmentCode?: string, crossGovernment = false): Identity => ({
  subject: `${role}-${departmentCode}`,
  roles: [role],
  departmentCode,
  crossGovernment,
});
const DWP = { departmentCode: 'DWP' };

describe("reading a department's capacity", () => {
  it.each([
    [as('WORKFORCE_PLANNER', 'DWP'), true],
    [as('WORKFORCE_PLANNER', 'HMRC'), false],
    [as('WORKFORCE_PLANNER', 'CO', true), true],
    [as('HR_ADMIN', 'DWP'), true],
    [as('HR_ADMIN', 'HMRC'), false],
    [as('HR_ADMIN', 'CO', true), true],
    [as('SERVICE', 'DWP'), true],
    [as('SERVICE', 'HMRC'), false],
    // A department system is never cross-government, whatever its token says.
    [as('SERVICE', 'HMRC', true), false],
    [as('HIRING_MANAGER', 'DWP'), false],
    [as('EMPLOYEE', 'DWP'), false],
  ])('%o: %s', (identity, allowed) => {
    expect(READ_CAPACITY.allows(identity, DWP)).toBe(allowed);
  });

  it('is refused to anonymous callers as UNAUTHENTICATED, and to employees as FORBIDDEN', () => {
    expect(READ_CAPACITY.decide(ANONYMOUS, DWP)).toEqual({ allowed: false, reason: 'UNAUTHENTICATED' });
    expect(READ_CAPACITY_OVERVIEW.screen(as('EMPLOYEE', 'DWP'))).toEqual({
      allowed: false,
      reason: 'FORBIDDEN',
    });
    expect(READ_CAPACITY_OVERVIEW.screen(as('HIRING_MANAGER', 'DWP'))).toEqual({
      allowed: false,
      reason: 'FORBIDDEN',
    });
  });

  it('scopes the overview to every department across government, else to the caller’s own', () => {
    expect(capacityDepartmentsOf(as('WORKFORCE_PLANNER', 'CO', true))).toBe('ALL');
    expect(capacityDepartmentsOf(as('HR_ADMIN', 'CO', true))).toBe('ALL');
    expect(capacityDepartmentsOf(as('WORKFORCE_PLANNER', 'DWP'))).toEqual(['DWP']);
    expect(capacityDepartmentsOf(as('SERVICE', 'DWP', true))).toEqual(['DWP']);
    expect(capacityDepartmentsOf(as('HIRING_MANAGER', 'DWP'))).toEqual([]);
    expect(capacityDepartmentsOf(as('WORKFORCE_PLANNER'))).toEqual([]);
  });
});
