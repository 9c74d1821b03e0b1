import { Identity } from '../identity/identity';
import {
  anyone,
  crossGovernmentOnly,
  departmentOrCrossGovernment,
  sameDepartment,
  self,
} from './scope.rules';

const resource = { personId: 'p1', departmentCode: 'DWP' };
const caller = (parts: Partial<Identity>): Identity => ({
  subject: 's',
  roles: [],
  crossGovernment: false,
  ...parts,
});

describe('scope rules', () => {
  it('self: only the record whose person the caller is', () => {
    const rule = self((r: typeof resource) => r.personId);
    expect(rule(caller({ personId: 'p1' }), resource)).toBe(true);
    expect(rule(caller({ personId: 'p2' }), resource)).toBe(false);
    // An identity that is nobody must not match a record that names nobody.
    expect(rule(caller({}), { ...resource, personId: undefined as unknown as string })).toBe(false);
  });

  it('crossGovernmentOnly: cross-government callers, whatever their department', () => {
    expect(crossGovernmentOnly(caller({ departmentCode: 'CO', crossGovernment: true }), undefined)).toBe(
      true,
    );
    expect(crossGovernmentOnly(caller({ departmentCode: 'DWP' }), undefined)).toBe(false);
  });

  it('sameDepartment: the caller department only; cross-government does not widen it', () => {
    const rule = sameDepartment((r: typeof resource) => r.departmentCode);
    expect(rule(caller({ departmentCode: 'DWP' }), resource)).toBe(true);
    expect(rule(caller({ departmentCode: 'HMRC', crossGovernment: true }), resource)).toBe(false);
    expect(rule(caller({}), { ...resource, departmentCode: undefined as unknown as string })).toBe(false);
  });

  it('departmentOrCrossGovernment: the caller department, or any when cross-government', () => {
    const rule = departmentOrCrossGovernment((r: typeof resource) => r.departmentCode);
    expect(rule(caller({ departmentCode: 'DWP' }), resource)).toBe(true);
    expect(rule(caller({ departmentCode: 'HMRC' }), resource)).toBe(false);
    expect(rule(caller({ crossGovernment: true }), resource)).toBe(true);
  });

  it('anyone: every holder of the role, whatever the resource', () => {
    expect(anyone(caller({}), undefined)).toBe(true);
  });
});
