import type { Role } from '@civil/auth';

// Nest runs guards before interceptors, so the guard decides before RequestContextInterceptor opens the request's
// context. The decision is handed over keyed by the resolver call's GraphQL `info`, which graphql-js creates afresh
// for each field it resolves: two root fields of one request never see each other's role.
const granted = new WeakMap<object, Role>();

export function rememberGrantedRole(info: object, role: Role): void {
  granted.set(info, role);
}

export function grantedRoleFor(info: object | undefined): Role | undefined {
  return info ? granted.get(info) : undefined;
}
