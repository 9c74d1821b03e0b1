import { DevIssuer, DevTokenRequest } from '@civil/auth';
import { DEMO_EMPLOYEE, SeedingTokens } from './demo-data';

/** A development token printed by `npm start`, as the shell variable the example commands use. */
export interface DemoToken {
  variable: string;
  who: string;
  token: string;
}

/** Seeding takes a minute at most; its tokens need not outlive it. */
const SEEDING_TTL_SECONDS = 10 * 60;

export function seedingTokens(issuer: DevIssuer): SeedingTokens {
  const as = (request: DevTokenRequest) => issuer.issue({ ...request, ttlSeconds: SEEDING_TTL_SECONDS });
  return {
    hrAdminOf: (departmentCode) =>
      as({ roles: ['HR_ADMIN'], departmentCode, subject: `dev:npm-start-seeding@${departmentCode}` }),
    hiringManagerOf: (departmentCode) =>
      as({ roles: ['HIRING_MANAGER'], departmentCode, subject: `dev:npm-start-seeding@${departmentCode}` }),
    // As the person themself (the default subject names them), since only they may give their consent.
    employee: (personId, departmentCode) => as({ roles: ['EMPLOYEE'], personId, departmentCode }),
  };
}

/**
 * One user per kind of caller, in departments the demo data fills: the employee is a real demo person (so reading
 * their own record returns data), HR and the hiring manager work where demo people and vacancies are.
 */
export async function demoTokens(
  issuer: DevIssuer,
  employeePersonId: string | undefined,
): Promise<DemoToken[]> {
  const users: { variable: string; who: string; request: DevTokenRequest | undefined }[] = [
    {
      variable: 'EMPLOYEE_TOKEN',
      who: `employee ${DEMO_EMPLOYEE.givenName} ${DEMO_EMPLOYEE.familyName}, ${DEMO_EMPLOYEE.departmentCode}: their own record and recommendations`,
      request: employeePersonId
        ? { roles: ['EMPLOYEE'], personId: employeePersonId, departmentCode: DEMO_EMPLOYEE.departmentCode }
        : undefined,
    },
    {
      variable: 'HIRING_MANAGER_TOKEN',
      who: 'hiring manager, DSIT: advertises DSIT vacancies, sees suggested candidates for them',
      request: { roles: ['HIRING_MANAGER'], departmentCode: 'DSIT' },
    },
    {
      variable: 'HR_ADMIN_TOKEN',
      who: `HR admin, ${DEMO_EMPLOYEE.departmentCode}: registers and reads ${DEMO_EMPLOYEE.departmentCode} people`,
      request: { roles: ['HR_ADMIN'], departmentCode: DEMO_EMPLOYEE.departmentCode },
    },
    {
      variable: 'PLANNER_TOKEN',
      who: "workforce planner, DWP: DWP's capacity and people, plans touching DWP, read-model status",
      request: { roles: ['WORKFORCE_PLANNER'], departmentCode: 'DWP' },
    },
    {
      variable: 'XGOV_PLANNER_TOKEN',
      who: 'cross-government workforce planner: capacity of every department, reallocation plans across them',
      request: { roles: ['WORKFORCE_PLANNER'], departmentCode: 'CO', crossGovernment: true },
    },
  ];
  const tokens: DemoToken[] = [];
  for (const { variable, who, request } of users)
    if (request) tokens.push({ variable, who, token: await issuer.issue(request) });
  return tokens;
}
