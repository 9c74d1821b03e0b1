import { DemoToken } from './demo-tokens';

export interface TryIt {
  gatewayUrl: string;
  /** Development mode: tokens from the development issuer. Absent with a real identity provider. */
  tokens?: DemoToken[];
  /** The demo employee's id, when demo data is there. */
  employeePersonId?: string;
  /** The start date of the example plan's moves (default: four weeks from today). */
  planTargetDate?: string;
}

/**
 * A curl command as the caller in the token variable. `shellVariables` are GraphQL variables taken from shell
 * variables of the same session (`{ id: 'PLAN_ID' }`): spliced in outside the single quotes, `'"$PLAN_ID"'`.
 */
function curl(
  gatewayUrl: string,
  tokenVariable: string,
  query: string,
  shellVariables?: Record<string, string>,
): string {
  const variables =
    shellVariables &&
    Object.fromEntries(Object.entries(shellVariables).map(([name, shell]) => [name, `\u0000${shell}\u0000`]));
  const body = JSON.stringify(variables ? { query, variables } : { query }).replace(
    /\\u0000(\w+)\\u0000/g,
    `'"$$$1"'`,
  );
  return [
    `  curl -s ${gatewayUrl} -H 'content-type: application/json' \\`,
    `    -H "authorization: Bearer $${tokenVariable}" \\`,
    `    -d '${body}'`,
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

// Issue 7 through the gateway: what planners and employees came for. The plan's scope is where the demo's generated
// workforce is largest, so that it finds people open to move and funded posts to fill.
const CAPACITY_OVERVIEW =
  '{ capacityOverview(orderBy: GAP, first: 5) { departmentCode establishment inPost gap openPosts incoming outgoing } }';
const DEPARTMENT_CAPACITY =
  '{ department(code: "DWP") { capacity(profession: "Operational Delivery") { profession grade establishment ' +
  'inPost away hereOnLoanOrSecondment gap openPosts specialistsInsideMinimumTerm } } }';
const RECOMMENDATIONS =
  '{ me { recommendedOpportunities(first: 3) { score vacancy { id title departmentCode grade } explanation { ' +
  'gradeFit moveKind specialismAligned locationFit eligibleFrom skillsMet { skillCode required held } ' +
  'skillsMissing { skillCode required held levelGap } } } } }';
const SUGGESTIONS =
  '{ vacancies(first: 1, search: "data scientist", filter: { departmentCodes: ["DSIT"] }) { edges { node { id ' +
  'title grade suggestedCandidates(first: 3) { score person { id departmentCode } explanation { gradeFit moveKind ' +
  'locationFit eligibleFrom skillsMissing { skillCode required held levelGap } } } } } } }';
const createPlan = (targetDate: string) =>
  'mutation { createReallocationPlan(input: { scope: { departments: ["DWP", "HMRC", "MOJ", "HO", "MOD", "DfE"], ' +
  'professions: ["Operational Delivery", "Policy", "Digital, Data and Technology"], ' +
  `grades: ["AO", "EO", "HEO", "SEO"] }, targetDate: "${targetDate}" }) { id version status totalScore moveCount ` +
  'statistics { candidates opportunities edges } moves { personId homeDepartmentCode hostDepartmentCode grade ' +
  'score explanation { gradeFit locationFit eligibleFrom } } capacity { departmentCode movesIn movesOut } } }';
const APPROVE_PLAN =
  'mutation($id: ID!) { approveReallocationPlan(id: $id, expectedVersion: 1) { id status version ' +
  'moves { personId outcome moveId skipReason } } }';

/** A date four weeks on: plans start their moves on a day not yet past. */
const inFourWeeks = () => new Date(Date.now() + 28 * 86_400_000).toISOString().slice(0, 10);

/** Capacity, a plan and its approval as planners, recommendations as the demo employee (issue 7). */
function planningExamples(gatewayUrl: string, targetDate: string): string[] {
  return [
    '',
    'Capacity, reallocation plans and recommendations:',
    '  # capacity against funded posts, largest shortfall first (cross-government planner)',
    curl(gatewayUrl, 'XGOV_PLANNER_TOKEN', CAPACITY_OVERVIEW),
    "  # one department's capacity lines, as its own planner",
    curl(gatewayUrl, 'PLANNER_TOKEN', DEPARTMENT_CAPACITY),
    '  # opportunities for the demo employee, each with its reasons',
    curl(gatewayUrl, 'EMPLOYEE_TOKEN', RECOMMENDATIONS),
    "  # people who could fill one of DSIT's vacancies (open to move, consenting to be seen), as its hiring manager",
    curl(gatewayUrl, 'HIRING_MANAGER_TOKEN', SUGGESTIONS),
    "  # a reallocation plan: the best set of moves, each with its reasons, and each department's capacity effect",
    `  PLAN=$(${curl(gatewayUrl, 'XGOV_PLANNER_TOKEN', createPlan(targetDate)).trimStart()}); echo "$PLAN"`,
    '  # approve it: each move is proposed, then goes through consent, release and acceptance',
    `  PLAN_ID=$(node -pe 'JSON.parse(process.argv[1]).data.createReallocationPlan.id' "$PLAN")`,
    curl(gatewayUrl, 'XGOV_PLANNER_TOKEN', APPROVE_PLAN, { id: 'PLAN_ID' }),
  ];
}

/** The banner's copy-pasteable part: who to be, and a first request that returns data as them. */
export function tryItSection({
  gatewayUrl,
  tokens,
  employeePersonId,
  planTargetDate = inFourWeeks(),
}: TryIt): string {
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
    ...(employeePersonId ? planningExamples(gatewayUrl, planTargetDate) : []),
  ].join('\n');
}
