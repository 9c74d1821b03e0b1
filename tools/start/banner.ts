export interface BannerFacts {
  gatewayUrl: string;
  gatewayHealthUrl: string;
  subgraphs: { name: string; url: string; healthUrl: string }[];
  database: string;
  events: string;
  demoData: string;
  /** How callers are authenticated (development issuer or OIDC provider). */
  identity: string;
  /** Tokens and a first request (see try-it.ts). */
  tryIt: string;
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
    row('Identity', facts.identity),
    '',
    facts.tryIt,
    '',
    'Press Ctrl-C to stop.',
    '',
  ].join('\n');
}
