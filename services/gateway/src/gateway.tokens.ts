export const SUBGRAPH_URLS = Symbol('SUBGRAPH_URLS');
