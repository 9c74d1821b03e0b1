/** The subgraphs the supergraph names, and where each listens unless told otherwise. */
export const SUBGRAPHS = ['people', 'vacancies', 'moves'] as const;
export type SubgraphName = (typeof SUBGRAPHS)[number];
export type SubgraphUrls = Record<SubgraphName, string>;

export const DEFAULT_SUBGRAPH_URLS: SubgraphUrls = {
  people: 'http://localhost:4001/graphql',
  vacancies: 'http://localhost:4002/graphql',
  moves: 'http://localhost:4003/graphql',
};

/** PEOPLE_URL, VACANCIES_URL and MOVES_URL override the defaults (and the URLs baked into the supergraph). */
export function subgraphUrlsFromEnv(env: Record<string, string | undefined> = process.env): SubgraphUrls {
  return {
    people: env.PEOPLE_URL || DEFAULT_SUBGRAPH_URLS.people,
    vacancies: env.VACANCIES_URL || DEFAULT_SUBGRAPH_URLS.vacancies,
    moves: env.MOVES_URL || DEFAULT_SUBGRAPH_URLS.moves,
  };
}
