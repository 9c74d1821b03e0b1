import { ANONYMOUS, Identity } from '../identity/identity';
import { Policy } from './policy';
import { sameDepartment, self } from './scope.rules';

interface Payslip {
  personId: string;
  departmentCode: string;
}

const READ_PAYSLIP = new Policy<Payslip>('read this payslip', {
  EMPLOYEE: self((payslip) => payslip.personId),
  HR_ADMIN: sameDepartment((payslip) => payslip.departmentCode),
});

const payslip: Payslip = { personId: 'p1', departmentCode: 'DWP' };
const caller = (parts: Partial<Identity>): Identity => ({
  subject: 's',
  roles: [],
  crossGovernment: false,
  ...parts,
});

describe('Policy', () => {
  it('tells an anonymous caller to authenticate, whatever the resource', () => {
    expect(READ_PAYSLIP.decide(ANONYMOUS, payslip)).toEqual({ allowed: false, reason: 'UNAUTHENTICATED' });
  });

  it('denies by default: a role the policy does not name allows nothing, even in scope', () => {
    const planner = caller({ roles: ['WORKFORCE_PLANNER'], departmentCode: 'DWP', crossGovernment: true });
    expect(READ_PAYSLIP.decide(planner, payslip)).toEqual({ allowed: false, reason: 'FORBIDDEN' });
  });

  it('allows through a held role whose rule accepts the resource, naming that role', () => {
    const hr = caller({ roles: ['HR_ADMIN'], departmentCode: 'DWP' });
    expect(READ_PAYSLIP.decide(hr, payslip)).toEqual({ allowed: true, role: 'HR_ADMIN' });
    expect(READ_PAYSLIP.allows({ ...hr, departmentCode: 'HMRC' }, payslip)).toBe(false);
  });

  it('never lets a role the caller lacks lend its rule: an out-of-department employee is not HR', () => {
    const employee = caller({ roles: ['EMPLOYEE'], personId: 'p2', departmentCode: 'DWP' });
    expect(READ_PAYSLIP.decide(employee, payslip)).toEqual({ allowed: false, reason: 'FORBIDDEN' });
  });

  it('names the first role in the policy that grants, so the narrowest role is the one recorded', () => {
    const hrReadingOwn = caller({ roles: ['HR_ADMIN', 'EMPLOYEE'], personId: 'p1', departmentCode: 'DWP' });
    expect(READ_PAYSLIP.decide(hrReadingOwn, payslip)).toEqual({ allowed: true, role: 'EMPLOYEE' });
  });

  it('screens before the resource is known: only callers holding one of its roles get as far as the record', () => {
    expect(READ_PAYSLIP.screen(ANONYMOUS)).toEqual({ allowed: false, reason: 'UNAUTHENTICATED' });
    expect(READ_PAYSLIP.screen(caller({ roles: ['SERVICE'] }))).toEqual({
      allowed: false,
      reason: 'FORBIDDEN',
    });
    expect(READ_PAYSLIP.screen(caller({ roles: ['EMPLOYEE'] }))).toBeUndefined();
  });

  it('denies an authenticated caller with no roles at all', () => {
    expect(READ_PAYSLIP.decide(caller({ personId: 'p1' }), payslip)).toEqual({
      allowed: false,
      reason: 'FORBIDDEN',
    });
  });
});
