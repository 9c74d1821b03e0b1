export interface BannerFacts {
  gatewayUrl: string;
  gatewayHealthUrl: string;
  subgraphs: { name: string; url: string; healthUrl: string }[];
  database: string;
  events: string;
  demoData: string;
}

/** A copy-pasteable first request: registers a person (fresh staff number each start) and reads them back. */
function exampleCurl(gatewayUrl: string): string {
  const staffNumber = `TRY${Date.now().toString(36).toUpperCase().slice(-6)}`;
  const mutation =
    `mutation { registerPerson(input: { staffNumber: \\"${staffNumber}\\", givenName: \\"Robin\\", familyName: \\"Example\\", ` +
    `workEmail: \\"${staffNumber.toLowerCase()}@example.org\\", departmentCode: \\"DfE\\", grade: \\"SEO\\", ` +
    `profession: \\"Policy\\", fte: 1, startedInPostOn: \\"2024-04-02\\" }) { id givenName departmentCode grade } }`;
  return [
    `  curl -s ${gatewayUrl} -H 'content-type: application/json' \\`,
    `    -d '{"query":"${mutation}"}'`,
    `  curl -s ${gatewayUrl} -H 'content-type: application/json' \\`,
    `    -d '{"query":"{ person(id: \\"<id from above>\\") { id givenName familyName grade status } }"}'`,
  ].join('\n');
}

export function banner(facts: BannerFacts): string {
  const width = Math.max(...facts.subgraphs.map((subgraph) => subgraph.name.length)) + 10;
  const row = (label: string, value: string) => `  ${label.padEnd(width)} ${value}`;
  return [
    '',
    'Civil service talent mobility is running.',
    '',
    row('GraphQL gateway', `${facts.gatewayUrl}   (health ${facts.gatewayHealthUrl})`),
    ...facts.subgraphs.map((subgraph) =>
      row(`${subgraph.name} subgraph`, `${subgraph.url}   (health ${subgraph.healthUrl})`),
    ),
    row('PostgreSQL', facts.database),
    row('Events', facts.events),
    row('Demo data', facts.demoData),
    '',
    'Try it:',
    exampleCurl(facts.gatewayUrl),
    '',
    'Press Ctrl-C to stop.',
    '',
  ].join('\n');
}
