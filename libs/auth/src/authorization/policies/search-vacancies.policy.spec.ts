import { ANONYMOUS, Identity } from '../../identity/identity';
import { Role } from '../../identity/role';
import { KEEP_SAVED_SEARCHES } from './keep-saved-searches.policy';
import {
  BrowsableVacancy,
  SEARCH_VACANCIES,
  vacancySearchScope,
  VacancySearchScope,
} from './search-vacancies.policy';

const as = (roles: Role[], parts: Partial<Identity> = {}): Identity => ({
  subject: 's',
  roles,
  crossGovernment: false,
  ...parts,
});

/** What the SQL clause built from a scope means, row by row (the search's SQL spec checks the SQL itself). */
function inScope(scope: VacancySearchScope, vacancy: BrowsableVacancy): boolean {
  if (scope.kind === 'everyone') return true;
  if (scope.kind === 'nobody') return false;
  return vacancy.visibility === 'ALL_DEPARTMENTS' || vacancy.departmentCode === scope.departmentCode;
}

const CALLERS: Identity[] = [
  ANONYMOUS,
  as([]),
  as(['EMPLOYEE'], { personId: 'p', departmentCode: 'DWP' }),
  as(['EMPLOYEE'], { personId: 'p' }),
  as(['SERVICE'], { departmentCode: 'DWP' }),
  as(['HIRING_MANAGER'], { departmentCode: 'DWP' }),
  as(['HR_ADMIN'], { departmentCode: 'DWP' }),
  as(['HR_ADMIN'], { departmentCode: 'CO', crossGovernment: true }),
  as(['WORKFORCE_PLANNER'], { departmentCode: 'HMRC' }),
  as(['WORKFORCE_PLANNER'], { departmentCode: 'CO', crossGovernment: true }),
  // crossGovernment widens only HR_ADMIN and WORKFORCE_PLANNER.
  as(['HIRING_MANAGER', 'EMPLOYEE'], { departmentCode: 'DWP', crossGovernment: true }),
];
const VACANCIES: BrowsableVacancy[] = ['DWP', 'HMRC'].flatMap((departmentCode) =>
  ['ALL_DEPARTMENTS', 'OWN_DEPARTMENT'].map((visibility) => ({ departmentCode, visibility })),
);

describe('SEARCH_VACANCIES and vacancySearchScope', () => {
  it('lets every civil servant browse, but not a department system', () => {
    expect(vacancySearchScope(ANONYMOUS)).toEqual({ kind: 'nobody' });
    expect(vacancySearchScope(as(['SERVICE'], { departmentCode: 'DWP' }))).toEqual({ kind: 'nobody' });
    expect(vacancySearchScope(as(['EMPLOYEE'], { departmentCode: 'DWP' }))).toEqual({
      kind: 'limited',
      departmentCode: 'DWP',
    });
    expect(vacancySearchScope(as(['HR_ADMIN'], { departmentCode: 'CO', crossGovernment: true }))).toEqual({
      kind: 'everyone',
    });
  });

  it.each(CALLERS.map((caller) => [caller.roles.join('+') || 'no role', caller]))(
    'agrees with the policy, vacancy by vacancy, for %s',
    (_name, caller) => {
      const scope = vacancySearchScope(caller);
      for (const vacancy of VACANCIES)
        expect(inScope(scope, vacancy)).toBe(SEARCH_VACANCIES.allows(caller, vacancy));
    },
  );
});

describe('KEEP_SAVED_SEARCHES', () => {
  it("allows a person their own searches only, in any person's role, and never a caller without a person id", () => {
    const mine = { personId: 'p' };
    expect(KEEP_SAVED_SEARCHES.allows(as(['EMPLOYEE'], { personId: 'p' }), mine)).toBe(true);
    expect(KEEP_SAVED_SEARCHES.allows(as(['HR_ADMIN'], { personId: 'p', crossGovernment: true }), mine)).toBe(
      true,
    );
    expect(KEEP_SAVED_SEARCHES.allows(as(['HR_ADMIN'], { personId: 'q', crossGovernment: true }), mine)).toBe(
      false,
    );
    expect(KEEP_SAVED_SEARCHES.allows(as(['EMPLOYEE']), { personId: '' })).toBe(false);
    expect(KEEP_SAVED_SEARCHES.decide(as(['SERVICE'], { personId: 'p' }), mine)).toEqual({
      allowed: false,
      reason: 'FORBIDDEN',
    });
  });
});
