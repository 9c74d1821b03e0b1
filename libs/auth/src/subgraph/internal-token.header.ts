/**
 * The header the gateway puts the internal token in. Not `Authorization`, so a caller's own bearer token can never be
 * mistaken for one, and a subgraph never sees the caller's original token.
 */
export const INTERNAL_TOKEN_HEADER = 'x-internal-token';
