/** What a request's Authorization header holds, as far as bearer authentication is concerned. */
export type BearerCredentials = { kind: 'none' } | { kind: 'bearer'; token: string } | { kind: 'malformed' };

// RFC 6750 section 2.1: the scheme is case-insensitive, the token is base64url-ish characters and dots.
const BEARER = /^Bearer +([A-Za-z0-9\-._~+/]+=*) *$/i;

export function bearerCredentialsOf(header: string | string[] | undefined): BearerCredentials {
  if (header === undefined || header === '') return { kind: 'none' };
  if (Array.isArray(header)) return { kind: 'malformed' };
  const match = BEARER.exec(header);
  return match ? { kind: 'bearer', token: match[1] } : { kind: 'malformed' };
}
