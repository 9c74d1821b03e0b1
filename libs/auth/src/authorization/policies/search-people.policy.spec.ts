import { ANONYMOUS, Identity } from '../../identity/identity';
import { Role } from '../../identity/role';
import { SearchablePerson } from './policy-resources';
import { peopleSearchScope, PeopleSearchScope, SEARCH_PEOPLE } from './search-people.policy';

const as = (roles: Role[], parts: Partial<Identity> = {}): Identity => ({
  subject: 's',
  roles,
  crossGovernment: false,
  ...parts,
});

/** What the SQL clause built from a scope means, row by row: the query builder's spec checks the SQL itself. */
function inScope(scope: PeopleSearchScope, person: SearchablePerson): boolean {
  if (scope.kind === 'everyone') return true;
  if (scope.kind === 'nobody') return false;
  return (
    person.departmentCode === scope.departmentCode ||
    (scope.shared && person.shareProfileAcrossDepartments && person.status !== 'LEFT')
  );
}

const CALLERS: Identity[] = [
  ANONYMOUS,
  as([]),
  as(['EMPLOYEE'], { personId: 'p', departmentCode: 'DWP' }),
  as(['SERVICE'], { departmentCode: 'DWP' }),
  as(['HIRING_MANAGER'], { departmentCode: 'DWP' }),
  as(['HR_ADMIN'], { departmentCode: 'DWP' }),
  as(['HR_ADMIN']),
  as(['HR_ADMIN'], { departmentCode: 'CO', crossGovernment: true }),
  as(['WORKFORCE_PLANNER'], { departmentCode: 'DWP' }),
  as(['WORKFORCE_PLANNER'], { departmentCode: 'CO', crossGovernment: true }),
  as(['HIRING_MANAGER', 'WORKFORCE_PLANNER'], { departmentCode: 'HMRC' }),
  // crossGovernment widens only HR_ADMIN and WORKFORCE_PLANNER.
  as(['HIRING_MANAGER', 'EMPLOYEE'], { departmentCode: 'DWP', crossGovernment: true }),
];
const PEOPLE: SearchablePerson[] = ['DWP', 'HMRC'].flatMap((departmentCode) =>
  ['ACTIVE', 'ON_LOAN', 'LEFT'].flatMap((status) =>
    [true, false].map((shareProfileAcrossDepartments) => ({
      departmentCode,
      status,
      shareProfileAcrossDepartments,
    })),
  ),
);

describe('peopleSearchScope', () => {
  it('derives from the identity alone the scope each kind of caller searches in', () => {
    expect(peopleSearchScope(ANONYMOUS)).toEqual({ kind: 'nobody' });
    expect(peopleSearchScope(as(['EMPLOYEE'], { personId: 'p' }))).toEqual({ kind: 'nobody' });
    expect(peopleSearchScope(as(['HIRING_MANAGER'], { departmentCode: 'DWP' }))).toEqual({
      kind: 'limited',
      shared: true,
    });
    expect(peopleSearchScope(as(['HR_ADMIN'], { departmentCode: 'DWP' }))).toEqual({
      kind: 'limited',
      departmentCode: 'DWP',
      shared: true,
    });
    expect(
      peopleSearchScope(as(['WORKFORCE_PLANNER'], { departmentCode: 'CO', crossGovernment: true })),
    ).toEqual({ kind: 'everyone' });
  });

  it.each(CALLERS.map((caller) => [caller.roles.join('+') || caller.subject, caller] as const))(
    'agrees with the SEARCH_PEOPLE policy on every kind of person: %s',
    (_name, caller) => {
      const scope = peopleSearchScope(caller);
      for (const person of PEOPLE)
        expect({ person, found: inScope(scope, person) }).toEqual({
          person,
          found: SEARCH_PEOPLE.allows(caller, person),
        });
    },
  );
});
