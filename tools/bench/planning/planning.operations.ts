/**
 * What the bench asks the moves subgraph, as the gateway would send it: entity fields through `_entities` (the
 * gateway's query plan for `person(id) { recommendedOpportunities }`), root fields as they are.
 */
export const TYPENAME = `{ __typename }`;

export const SDL = `{ _service { sdl } }`;

const EXPLANATION = `explanation {
  skillsMet { skillCode required held levelGap essential }
  skillsMissing { skillCode required held levelGap essential }
  behaviours gradeFit moveKind specialismAligned locationFit clearanceMet eligibleFrom
}`;

export const RECOMMENDED_OPPORTUNITIES = `query($representations: [_Any!]!, $first: Int) {
  _entities(representations: $representations) {
    ... on Person { recommendedOpportunities(first: $first) { score vacancy { id } ${EXPLANATION} } }
  }
}`;

export const SUGGESTED_CANDIDATES = `query($representations: [_Any!]!, $first: Int) {
  _entities(representations: $representations) {
    ... on Vacancy { suggestedCandidates(first: $first) { score person { id } ${EXPLANATION} } }
  }
}`;

/** Every department's totals at today's date, as a cross-government planner's first screen shows them. */
export const CAPACITY_OVERVIEW = `{
  capacityOverview(orderBy: GAP) {
    departmentCode asOf establishment substantive away hereOnLoanOrSecondment inPost incoming outgoing openPosts gap
    specialistsInsideMinimumTerm specialistsPastMinimumTerm
  }
}`;

export const CREATE_REALLOCATION_PLAN = `mutation($input: CreateReallocationPlanInput!) {
  createReallocationPlan(input: $input) {
    id status version totalScore moveCount statistics { candidates opportunities edges }
  }
}`;

/** Whether the subgraph's schema has the field yet (another helper's work in progress may not have landed). */
export function hasField(sdl: string, type: string, field: string): boolean {
  const body = new RegExp(`(?:type|extend type) ${type}\\b[^{]*\\{([^}]*)\\}`, 'g');
  for (const match of sdl.matchAll(body))
    if (new RegExp(`^\\s*${field}\\b`, 'm').test(match[1].replace(/"""[\s\S]*?"""/g, ''))) return true;
  return false;
}
