import { ANONYMOUS, Identity } from '../../identity/identity';
import { Role } from '../../identity/role';
import { Policy } from '../policy';
import { CREATE_VACANCY } from './create-vacancy.policy';
import { MANAGE_REFERENCE_DATA } from './manage-reference-data.policy';
import { READ_AUDIT_TRAIL } from './read-audit-trail.policy';
import { READ_MODEL_STATUS } from './read-model-status.policy';
import { READ_MY_DATA } from './read-my-data.policy';
import { READ_PERSON } from './read-person.policy';
import { EDIT_PERSON_PROFILE } from './edit-person-profile.policy';
import { MANAGE_PERSON_RECORD } from './manage-person-record.policy';
import { READ_ME } from './read-me.policy';
import { SET_MOBILITY_PREFERENCES } from './set-mobility-preferences.policy';
import { READ_REFERENCE_DATA } from './read-reference-data.policy';
import { READ_VACANCY } from './read-vacancy.policy';
import { VIEW_VACANCY } from './view-vacancy.policy';
import { MANAGE_VACANCY } from './manage-vacancy.policy';
import { REGISTER_PERSON } from './register-person.policy';
import { READ_DEPARTMENT } from './read-department.policy';
import { READ_DEPARTMENT_HEADCOUNT } from './read-department-headcount.policy';
import { MANAGE_ORGANISATIONS } from './manage-organisations.policy';
import { SET_ESTABLISHMENT } from './set-establishment.policy';
import { READ_ESTABLISHMENT } from './read-establishment.policy';
import { SEARCH_PEOPLE } from './search-people.policy';

// The README's rules table, decided without I/O. The resource is always a DWP person (or DWP input); each caller is
// placed relative to it. infra/graphql/authorization.int-spec.ts checks the same rules through the running subgraphs.
const SUBJECT = { id: 'dwp-person', departmentCode: 'DWP' };
const as = (role: Role, parts: Partial<Identity> = {}): Identity => ({
  subject: `${role.toLowerCase()}-${parts.departmentCode ?? 'x'}`,
  roles: [role],
  crossGovernment: false,
  ...parts,
});
const CALLERS = {
  anonymous: ANONYMOUS,
  employeeSelf: as('EMPLOYEE', { personId: SUBJECT.id, departmentCode: 'DWP' }),
  employeeOther: as('EMPLOYEE', { personId: 'someone-else', departmentCode: 'DWP' }),
  hiringManagerSame: as('HIRING_MANAGER', { personId: 'hm', departmentCode: 'DWP' }),
  hiringManagerOther: as('HIRING_MANAGER', { personId: 'hm', departmentCode: 'HMRC' }),
  hrAdminSame: as('HR_ADMIN', { personId: 'hr', departmentCode: 'DWP' }),
  hrAdminOther: as('HR_ADMIN', { personId: 'hr', departmentCode: 'HMRC' }),
  hrAdminCrossGovernment: as('HR_ADMIN', { personId: 'hr', departmentCode: 'CO', crossGovernment: true }),
  plannerSame: as('WORKFORCE_PLANNER', { personId: 'wp', departmentCode: 'DWP' }),
  plannerOther: as('WORKFORCE_PLANNER', { personId: 'wp', departmentCode: 'HMRC' }),
  plannerCrossGovernment: as('WORKFORCE_PLANNER', {
    personId: 'wp',
    departmentCode: 'CO',
    crossGovernment: true,
  }),
  serviceSame: as('SERVICE', { departmentCode: 'DWP' }),
  serviceOther: as('SERVICE', { departmentCode: 'HMRC' }),
};
type Caller = keyof typeof CALLERS;

const ALL = Object.keys(CALLERS).filter((caller) => caller !== 'anonymous') as Caller[];
const rows: { policy: Policy<never>; resource: unknown; allowed: Caller[] }[] = [
  { policy: REGISTER_PERSON, resource: SUBJECT, allowed: ['hrAdminSame', 'hrAdminCrossGovernment'] },
  {
    policy: READ_PERSON,
    resource: SUBJECT,
    allowed: [
      'employeeSelf',
      'hrAdminSame',
      'hrAdminCrossGovernment',
      'plannerSame',
      'plannerCrossGovernment',
    ],
  },
  {
    policy: CREATE_VACANCY,
    resource: SUBJECT,
    allowed: ['hiringManagerSame', 'hrAdminSame', 'hrAdminCrossGovernment'],
  },
  { policy: READ_VACANCY, resource: undefined, allowed: ALL },
  {
    policy: VIEW_VACANCY,
    resource: { departmentCode: 'DWP', visibility: 'ALL_DEPARTMENTS', status: 'OPEN' },
    allowed: ALL,
  },
  {
    // Closed and filled vacancies stay readable by whoever could see them open; OWN_DEPARTMENT: the department's people.
    policy: VIEW_VACANCY,
    resource: { departmentCode: 'DWP', visibility: 'OWN_DEPARTMENT', status: 'CLOSED' },
    allowed: [
      'employeeSelf',
      'employeeOther',
      'hiringManagerSame',
      'hrAdminSame',
      'hrAdminCrossGovernment',
      'plannerSame',
      'plannerCrossGovernment',
      'serviceSame',
    ],
  },
  {
    // Drafts and cancelled vacancies: the department's hiring managers and HR admins, and cross-government HR.
    policy: VIEW_VACANCY,
    resource: { departmentCode: 'DWP', visibility: 'ALL_DEPARTMENTS', status: 'DRAFT' },
    allowed: ['hiringManagerSame', 'hrAdminSame', 'hrAdminCrossGovernment'],
  },
  {
    policy: VIEW_VACANCY,
    resource: { departmentCode: 'DWP', visibility: 'ALL_DEPARTMENTS', status: 'CANCELLED' },
    allowed: ['hiringManagerSame', 'hrAdminSame', 'hrAdminCrossGovernment'],
  },
  {
    policy: MANAGE_VACANCY,
    resource: SUBJECT,
    allowed: ['hiringManagerSame', 'hrAdminSame', 'hrAdminCrossGovernment'],
  },
  {
    policy: READ_MODEL_STATUS,
    resource: undefined,
    allowed: ['plannerSame', 'plannerOther', 'plannerCrossGovernment', 'serviceSame', 'serviceOther'],
  },
  { policy: READ_AUDIT_TRAIL, resource: SUBJECT, allowed: ['hrAdminSame', 'hrAdminCrossGovernment'] },
  { policy: READ_MY_DATA, resource: { personId: SUBJECT.id }, allowed: ['employeeSelf'] },
  { policy: READ_REFERENCE_DATA, resource: undefined, allowed: ALL },
  { policy: MANAGE_REFERENCE_DATA, resource: undefined, allowed: ['hrAdminCrossGovernment'] },
  {
    policy: SEARCH_PEOPLE,
    resource: { ...SUBJECT, status: 'ACTIVE', shareProfileAcrossDepartments: false },
    allowed: ['hrAdminSame', 'hrAdminCrossGovernment', 'plannerSame', 'plannerCrossGovernment'],
  },
  {
    // A person who consented to share their profile: found by hiring managers and HR and planners anywhere.
    policy: SEARCH_PEOPLE,
    resource: { ...SUBJECT, status: 'ACTIVE', shareProfileAcrossDepartments: true },
    allowed: [
      'hiringManagerSame',
      'hiringManagerOther',
      'hrAdminSame',
      'hrAdminOther',
      'hrAdminCrossGovernment',
      'plannerSame',
      'plannerOther',
      'plannerCrossGovernment',
    ],
  },
  {
    policy: READ_DEPARTMENT_HEADCOUNT,
    resource: SUBJECT,
    allowed: [
      'hrAdminSame',
      'hrAdminCrossGovernment',
      'plannerSame',
      'plannerCrossGovernment',
      'serviceSame',
    ],
  },
  { policy: READ_DEPARTMENT, resource: undefined, allowed: ALL },
  { policy: MANAGE_ORGANISATIONS, resource: undefined, allowed: ['hrAdminCrossGovernment'] },
  {
    policy: SET_ESTABLISHMENT,
    resource: SUBJECT,
    allowed: ['hrAdminSame', 'hrAdminCrossGovernment', 'plannerSame', 'plannerCrossGovernment'],
  },
  {
    policy: READ_ESTABLISHMENT,
    resource: SUBJECT,
    allowed: ALL.filter((caller) => caller !== 'serviceOther'),
  },
  {
    // A person who consented to share their profile across departments: other departments may read it too.
    policy: READ_PERSON,
    resource: { ...SUBJECT, preferences: { shareProfileAcrossDepartments: true } },
    allowed: [
      'employeeSelf',
      'hiringManagerSame',
      'hiringManagerOther',
      'hrAdminSame',
      'hrAdminOther',
      'hrAdminCrossGovernment',
      'plannerSame',
      'plannerOther',
      'plannerCrossGovernment',
    ],
  },
  {
    policy: EDIT_PERSON_PROFILE,
    resource: SUBJECT,
    allowed: ['employeeSelf', 'hrAdminSame', 'hrAdminCrossGovernment'],
  },
  { policy: MANAGE_PERSON_RECORD, resource: SUBJECT, allowed: ['hrAdminSame', 'hrAdminCrossGovernment'] },
  { policy: SET_MOBILITY_PREFERENCES, resource: SUBJECT, allowed: ['employeeSelf'] },
  {
    policy: READ_ME,
    resource: { personId: SUBJECT.id },
    allowed: ['employeeSelf'],
  },
];

describe.each(rows)('$policy.action', ({ policy, resource, allowed }) => {
  it.each(Object.keys(CALLERS) as Caller[])('%s', (caller) => {
    const expected =
      caller === 'anonymous' ? 'UNAUTHENTICATED' : allowed.includes(caller) ? 'ALLOW' : 'FORBIDDEN';
    const decision = policy.decide(CALLERS[caller], resource as never);
    expect(decision.allowed ? 'ALLOW' : decision.reason).toBe(expected);
  });
});
