import { parse } from 'graphql';
import { tryItSection } from './try-it';

const GATEWAY = 'http://localhost:4000/graphql';
const TOKENS = [
  { variable: 'EMPLOYEE_TOKEN', who: 'employee', token: 'e.y.j' },
  { variable: 'HR_ADMIN_TOKEN', who: 'HR admin, HMRC', token: 'h.r.a' },
  { variable: 'PLANNER_TOKEN', who: 'planner', token: 'p.l.n' },
];

/** What each printed curl would send, as the shell would pass it: the body between the single quotes. */
function curlRequests(section: string): { token: string; query: string }[] {
  const requests = [...section.matchAll(/Bearer \$(\w+)" \\\n\s+-d '([^']*)'/g)];
  return requests.map(([, token, body]) => ({ token, query: (JSON.parse(body) as { query: string }).query }));
}

describe("npm start's try-it section", () => {
  it('exports every token and reads the demo employee as themself, in a curl whose body is valid JSON and GraphQL', () => {
    const section = tryItSection({ gatewayUrl: GATEWAY, tokens: TOKENS, employeePersonId: '0190-demo' });

    expect(section).toContain("export EMPLOYEE_TOKEN='e.y.j'");
    expect(section).toContain("export HR_ADMIN_TOKEN='h.r.a'");
    const [first, ...others] = curlRequests(section);
    expect(first.token).toBe('EMPLOYEE_TOKEN');
    expect(first.query).toMatch(/person\(id: "0190-demo"\)/);
    for (const { query } of [first, ...others]) expect(() => parse(query)).not.toThrow();
  });

  it('registers a person as HR admin when there is no demo person to read', () => {
    const [first] = curlRequests(tryItSection({ gatewayUrl: GATEWAY, tokens: TOKENS }));

    expect(first.token).toBe('HR_ADMIN_TOKEN');
    expect(first.query).toMatch(/registerPerson\(input: \{ staffNumber: "TRY\w+"[^}]*departmentCode: "HMRC"/);
  });

  it('asks for a token from the identity provider when there is no development issuer', () => {
    const section = tryItSection({ gatewayUrl: GATEWAY });

    expect(section).not.toContain('export ');
    expect(curlRequests(section)).toEqual([
      { token: 'TOKEN', query: '{ readModelStatus { people vacancies } }' },
    ]);
  });
});
