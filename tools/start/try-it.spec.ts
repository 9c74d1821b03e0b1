import { parse } from 'graphql';
import { tryItSection } from './try-it';

const GATEWAY = 'http://localhost:4000/graphql';
const TOKENS = [
  { variable: 'EMPLOYEE_TOKEN', who: 'employee', token: 'e.y.j' },
  { variable: 'HR_ADMIN_TOKEN', who: 'HR admin, HMRC', token: 'h.r.a' },
  { variable: 'PLANNER_TOKEN', who: 'planner', token: 'p.l.n' },
];

/**
 * What each printed curl would send, as the shell would pass it: the body between the single quotes, with a shell
 * variable spliced in (`'"$PLAN_ID"'`) standing for its name.
 */
function curlRequests(
  section: string,
): { token: string; query: string; variables?: Record<string, string> }[] {
  const spliced = section.replace(/'"\$(\w+)"'/g, '$$$1');
  const requests = [...spliced.matchAll(/Bearer \$(\w+)" \\\n\s+-d '([^']*)'/g)];
  return requests.map(([, token, body]) => ({ token, ...(JSON.parse(body) as { query: string }) }));
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

  it('shows capacity, a plan and its approval as planners and recommendations as the demo employee', () => {
    const tokens = [
      ...TOKENS,
      { variable: 'XGOV_PLANNER_TOKEN', who: 'cross-government planner', token: 'x.g.v' },
    ];
    const section = tryItSection({
      gatewayUrl: GATEWAY,
      tokens,
      employeePersonId: '0190-demo',
      planTargetDate: '2027-01-04',
    });
    const requests = curlRequests(section);
    const find = (field: string) => requests.find(({ query }) => query.includes(field))!;

    expect(find('capacityOverview(').token).toBe('XGOV_PLANNER_TOKEN');
    expect(find('capacity(profession:').token).toBe('PLANNER_TOKEN');
    expect(find('recommendedOpportunities(').token).toBe('EMPLOYEE_TOKEN');
    expect(find('suggestedCandidates(').token).toBe('HIRING_MANAGER_TOKEN');
    expect(find('createReallocationPlan(').query).toContain('targetDate: "2027-01-04"');
    // The approval takes the id the plan's creation printed, through the shell.
    expect(section).toContain(
      `PLAN_ID=$(node -pe 'JSON.parse(process.argv[1]).data.createReallocationPlan.id' "$PLAN")`,
    );
    expect(find('approveReallocationPlan(')).toMatchObject({
      token: 'XGOV_PLANNER_TOKEN',
      variables: { id: '$PLAN_ID' },
    });
    for (const { query } of requests) expect(() => parse(query)).not.toThrow();
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
