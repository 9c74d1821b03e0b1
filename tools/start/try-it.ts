import { DemoToken } from './demo-tokens';

export interface TryIt {
  gatewayUrl: string;
  /** Development mode: tokens from the development issuer. Absent with a real identity provider. */
  tokens?: DemoToken[];
  /** The demo employee's id, when demo data is there. */
  employeePersonId?: string;
}

function curl(gatewayUrl: string, tokenVariable: string, query: string): string {
  return [
    `  curl -s ${gatewayUrl} -H 'content-type: application/json' \\`,
    `    -H "authorization: Bearer $${tokenVariable}" \\`,
    `    -d '${JSON.stringify({ query })}'`,
  ].join('\n');
}

/** A new person each start (fresh staff number), for when there is no demo person to read. */
function registerExample(): string {
  const staffNumber = `TRY${Date.now().toString(36).toUpperCase().slice(-6)}`;
  return (
    `mutation { registerPerson(input: { staffNumber: "${staffNumber}", givenName: "Robin", familyName: "Example", ` +
    `workEmail: "${staffNumber.toLowerCase()}@example.org", departmentCode: "HMRC", grade: "SEO", ` +
    `profession: "Policy", fte: 1, startedInPostOn: "2024-04-02" }) { id givenName departmentCode } }`
  );
}

/** The banner's copy-pasteable part: who to be, and a first request that returns data as them. */
export function tryItSection({ gatewayUrl, tokens, employeePersonId }: TryIt): string {
  if (!tokens) {
    return [
      'Try it with a token from your identity provider (OIDC_ISSUER):',
      curl(gatewayUrl, 'TOKEN', '{ readModelStatus { people vacancies } }'),
    ].join('\n');
  }
  const exports = tokens.flatMap(({ variable, who, token }) => [
    `  # ${who}`,
    `  export ${variable}='${token}'`,
  ]);
  const example = employeePersonId
    ? curl(
        gatewayUrl,
        'EMPLOYEE_TOKEN',
        `{ person(id: "${employeePersonId}") { id givenName familyName departmentCode grade } }`,
      )
    : curl(gatewayUrl, 'HR_ADMIN_TOKEN', registerExample());
  return [
    'Sign in (development tokens, valid 8 h; more with `npm run -s token -- --role ROLE --department CODE`):',
    ...exports,
    '',
    'Try it:',
    example,
    curl(
      gatewayUrl,
      'EMPLOYEE_TOKEN',
      '{ vacancies(first: 5, search: "data") { totalCount edges { node { id title departmentCode grade moveKinds } } } }',
    ),
    curl(gatewayUrl, 'PLANNER_TOKEN', '{ approvalsQueue { id kind status personId hostDepartmentCode } }'),
  ].join('\n');
}
