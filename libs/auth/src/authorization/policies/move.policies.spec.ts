import { ANONYMOUS, Identity } from '../../identity/identity';
import { Role } from '../../identity/role';
import { Policy } from '../policy';
import {
  APPLY_FOR_VACANCY,
  MANAGE_APPLICANTS,
  READ_APPLICATION,
  WITHDRAW_APPLICATION,
} from './application.policies';
import {
  ACCEPT_MOVE,
  ACT_AS_MOVING_PERSON,
  LIST_MOVES,
  MANAGE_MOVE,
  PROPOSE_MOVE,
  READ_MOVE,
  RELEASE_FOR_MOVE,
  RELEASE_TENURE_HOLD,
} from './move.policies';

// The README's move and application rows, decided without I/O: a DWP person moving to DSIT (or applying to a DSIT
// vacancy); each caller stands at home, at the host, elsewhere (HMRC) or across government.
const MOVE = { personId: 'mover', homeDepartmentCode: 'DWP', hostDepartmentCode: 'DSIT' };
const APPLICATION = { personId: 'mover', hostDepartmentCode: 'DSIT' };
const as = (role: Role, departmentCode: string, parts: Partial<Identity> = {}): Identity => ({
  subject: `${role}-${departmentCode}`,
  roles: [role],
  crossGovernment: false,
  departmentCode,
  personId: `${role}-${departmentCode}`,
  ...parts,
});
const CALLERS = {
  anonymous: ANONYMOUS,
  mover: as('EMPLOYEE', 'DWP', { personId: 'mover' }),
  colleague: as('EMPLOYEE', 'DWP'),
  homeManager: as('HIRING_MANAGER', 'DWP'),
  hostManager: as('HIRING_MANAGER', 'DSIT'),
  otherManager: as('HIRING_MANAGER', 'HMRC'),
  homeHr: as('HR_ADMIN', 'DWP'),
  hostHr: as('HR_ADMIN', 'DSIT'),
  otherHr: as('HR_ADMIN', 'HMRC'),
  crossHr: as('HR_ADMIN', 'CO', { crossGovernment: true }),
  homePlanner: as('WORKFORCE_PLANNER', 'DWP'),
  hostPlanner: as('WORKFORCE_PLANNER', 'DSIT'),
  otherPlanner: as('WORKFORCE_PLANNER', 'HMRC'),
  crossPlanner: as('WORKFORCE_PLANNER', 'CO', { crossGovernment: true }),
  homeService: as('SERVICE', 'DWP', { personId: undefined }),
  otherService: as('SERVICE', 'HMRC', { personId: undefined }),
};
type Caller = keyof typeof CALLERS;
const EVERYONE = (Object.keys(CALLERS) as Caller[]).filter((caller) => caller !== 'anonymous');

const rows: { name: string; policy: Policy<never>; resource: unknown; allowed: Caller[] }[] = [
  {
    name: 'proposeMove',
    policy: PROPOSE_MOVE,
    resource: MOVE,
    allowed: ['homePlanner', 'hostPlanner', 'crossPlanner'],
  },
  { name: 'consentToMove, withdrawMove', policy: ACT_AS_MOVING_PERSON, resource: MOVE, allowed: ['mover'] },
  {
    name: 'agreeRelease, declineRelease',
    policy: RELEASE_FOR_MOVE,
    resource: MOVE,
    allowed: ['homeManager', 'homeHr', 'crossHr', 'homePlanner', 'crossPlanner'],
  },
  {
    name: 'acceptMove, declineMove',
    policy: ACCEPT_MOVE,
    resource: MOVE,
    allowed: ['hostManager', 'hostHr', 'crossHr'],
  },
  {
    name: 'releaseTenureHold',
    policy: RELEASE_TENURE_HOLD,
    resource: MOVE,
    allowed: ['homePlanner', 'crossPlanner'],
  },
  {
    name: 'cancelMove, extendMove, makeMovePermanent',
    policy: MANAGE_MOVE,
    resource: MOVE,
    allowed: ['homeHr', 'hostHr', 'crossHr', 'homePlanner', 'hostPlanner', 'crossPlanner'],
  },
  {
    name: 'move(moveId)',
    policy: READ_MOVE,
    resource: MOVE,
    allowed: [
      'mover',
      'homeManager',
      'hostManager',
      'homeHr',
      'hostHr',
      'crossHr',
      'homePlanner',
      'hostPlanner',
      'crossPlanner',
      'homeService',
    ],
  },
  { name: 'moves lists (filtered in the query)', policy: LIST_MOVES, resource: undefined, allowed: EVERYONE },
  {
    name: 'applyForVacancy',
    policy: APPLY_FOR_VACANCY,
    resource: undefined,
    allowed: EVERYONE.filter((caller) => CALLERS[caller].roles.includes('EMPLOYEE')),
  },
  { name: 'withdrawApplication', policy: WITHDRAW_APPLICATION, resource: APPLICATION, allowed: ['mover'] },
  {
    name: 'shortlist, reject, offer, Vacancy.applications',
    policy: MANAGE_APPLICANTS,
    resource: APPLICATION,
    allowed: ['hostManager', 'hostHr', 'crossHr'],
  },
  {
    name: 'read an application',
    policy: READ_APPLICATION,
    resource: APPLICATION,
    allowed: ['mover', 'hostManager', 'hostHr', 'crossHr'],
  },
];

describe.each(rows)('$name', ({ policy, resource, allowed }) => {
  it.each(Object.keys(CALLERS) as Caller[])('%s', (caller) => {
    expect(policy.allows(CALLERS[caller], resource as never)).toBe(allowed.includes(caller));
  });
});

it('sends a secondment out’s acceptance to the home department, for the outside host', () => {
  const secondmentOut = { personId: 'mover', homeDepartmentCode: 'DWP' };
  expect(ACCEPT_MOVE.allows(CALLERS.homeManager, secondmentOut)).toBe(true);
  expect(ACCEPT_MOVE.allows(CALLERS.hostManager, secondmentOut)).toBe(false);
});
