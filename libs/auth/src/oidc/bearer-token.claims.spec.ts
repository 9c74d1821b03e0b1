import { CROSS_GOVERNMENT_APP_ROLE, identityFromClaims, InvalidClaimsError } from './bearer-token.claims';

const ENTRA_NAMES = {
  roles: 'roles',
  personId: 'extn.personId',
  department: 'extn.department',
  crossGovernment: 'xgov',
};

describe('identity from a provider token', () => {
  it('maps the default claims: roles, person_id, department, cross_government', () => {
    const identity = identityFromClaims({
      sub: 'user-1',
      roles: ['EMPLOYEE', 'HR_ADMIN'],
      person_id: '0190a1b2-0000-7000-8000-000000000001',
      department: 'HMRC',
      cross_government: true,
    });

    expect(identity).toEqual({
      subject: 'user-1',
      roles: ['EMPLOYEE', 'HR_ADMIN'],
      personId: '0190a1b2-0000-7000-8000-000000000001',
      departmentCode: 'HMRC',
      crossGovernment: true,
    });
  });

  it('keeps only exactly our role names, once each, and drops everything else', () => {
    const identity = identityFromClaims({
      sub: 'user-1',
      roles: ['hr_admin', 'HR_ADMIN ', 'Directory.Read.All', 'WORKFORCE_PLANNER', 42, 'WORKFORCE_PLANNER'],
    });

    expect(identity.roles).toEqual(['WORKFORCE_PLANNER']);
  });

  it('reads a single role sent as a bare string', () => {
    expect(identityFromClaims({ sub: 'u', roles: 'HIRING_MANAGER' }).roles).toEqual(['HIRING_MANAGER']);
  });

  it('has no roles, person or department when the token carries none', () => {
    expect(identityFromClaims({ sub: 'u' })).toEqual({ subject: 'u', roles: [], crossGovernment: false });
  });

  it('grants cross-government scope for the CROSS_GOVERNMENT app role, without making it a role', () => {
    const identity = identityFromClaims({
      sub: 'u',
      roles: ['WORKFORCE_PLANNER', CROSS_GOVERNMENT_APP_ROLE],
    });

    expect(identity).toMatchObject({ roles: ['WORKFORCE_PLANNER'], crossGovernment: true });
  });

  it.each([false, 'false', 'yes', 1, null])(
    'does not grant cross-government scope for a claim of %p',
    (value) => {
      expect(identityFromClaims({ sub: 'u', cross_government: value }).crossGovernment).toBe(false);
    },
  );

  it("accepts the string 'true', as some providers send custom booleans", () => {
    expect(identityFromClaims({ sub: 'u', cross_government: 'true' }).crossGovernment).toBe(true);
  });

  it('reads configured claim names, a dotted name as it is before walking into nested claims', () => {
    const identity = identityFromClaims(
      { sub: 'u', roles: ['EMPLOYEE'], 'extn.personId': 'p-1', extn: { department: 'DWP' }, xgov: true },
      ENTRA_NAMES,
    );

    expect(identity).toMatchObject({ personId: 'p-1', departmentCode: 'DWP', crossGovernment: true });
  });

  it('reads roles nested the way Keycloak sends them (realm_access.roles)', () => {
    const identity = identityFromClaims(
      { sub: 'u', realm_access: { roles: ['SERVICE', 'offline_access'] } },
      { ...ENTRA_NAMES, roles: 'realm_access.roles' },
    );

    expect(identity.roles).toEqual(['SERVICE']);
  });

  it('ignores a person or department that is not a non-empty string', () => {
    const identity = identityFromClaims({ sub: 'u', person_id: 7, department: '  ' });

    expect(identity).not.toHaveProperty('personId');
    expect(identity).not.toHaveProperty('departmentCode');
  });

  it.each([
    ['no subject', {}],
    ['an empty subject', { sub: ' ' }],
    ['the reserved anonymous subject', { sub: 'anonymous' }],
  ])('refuses a token with %s', (_, claims) => {
    expect(() => identityFromClaims({ roles: ['HR_ADMIN'], ...claims })).toThrow(InvalidClaimsError);
  });
});
