import 'reflect-metadata';
import { Policy } from './policy';

const AUTHORIZATION_METADATA = 'civil:authorization';

/**
 * Where the guard finds the resource a policy judges, from the GraphQL arguments and the parent object (for field
 * resolvers), or `'record'`: the use case loads the record and applies the same policy to it (`authorize` in
 * @civil/platform); the guard then only turns away callers no role of the policy could admit.
 */
export type ResourceSource<R, A, P> = ((args: A, parent: P) => R) | 'record';

export interface AuthorizationSpec {
  // The decorator's overloads tie each policy to a matching resource source; the guard only passes values through.
  policy: Policy<unknown>;
  resource?: ResourceSource<unknown, unknown, unknown>;
}

/**
 * The policy a resolver method (Query, Mutation, field or reference resolver) is guarded by. Every one needs it: the
 * guard denies a method without one, and the subgraph refuses to start (see assertEveryResolverAuthorized).
 */
export function Authorize(policy: Policy<void>): MethodDecorator;
export function Authorize<R, A = Record<string, unknown>, P = unknown>(
  policy: Policy<R>,
  options: { resource: ResourceSource<R, A, P> },
): MethodDecorator;
export function Authorize<R, A, P>(
  policy: Policy<R>,
  options?: { resource: ResourceSource<R, A, P> },
): MethodDecorator {
  const spec = { policy, resource: options?.resource } as AuthorizationSpec;
  return (_target, _key, descriptor) => {
    Reflect.defineMetadata(AUTHORIZATION_METADATA, spec, descriptor.value as object);
  };
}

export function authorizationOf(handler: object): AuthorizationSpec | undefined {
  return Reflect.getMetadata(AUTHORIZATION_METADATA, handler);
}
