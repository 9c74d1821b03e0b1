/**
 * The moves subgraph's own GraphQL types name this in `registerIn` so that they never reach another subgraph's schema
 * built in the same process; see `typeScope` in libs/platform's SubgraphDefinition.
 */
export class MovesSchemaScope {}
