/**
 * The vacancies subgraph's own GraphQL types name this in `registerIn` (`@ObjectType('VacancyConnection', {
 * registerIn: () => VacanciesSchemaScope })`) so that they never reach another subgraph's schema built in the same
 * process; see `typeScope` in libs/platform's SubgraphDefinition.
 */
export class VacanciesSchemaScope {}
