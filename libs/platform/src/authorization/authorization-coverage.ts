import { authorizationOf } from '@civil/auth';
import { Type } from '@nestjs/common';
import { MetadataScanner } from '@nestjs/core';
import {
  RESOLVER_NAME_METADATA,
  RESOLVER_PROPERTY_METADATA,
  RESOLVER_REFERENCE_METADATA,
  RESOLVER_TYPE_METADATA,
} from '@nestjs/graphql';

const ROOT_TYPES = new Set(['Query', 'Mutation', 'Subscription']);

/** What the guard will see of a method, if anything: `Query.person`, `Person.knownToMoves`, `Person.__resolveReference`. */
function entryPointOf(resolver: Type, method: (...args: unknown[]) => unknown): string | undefined {
  const rootType: string | undefined = Reflect.getMetadata(RESOLVER_TYPE_METADATA, method);
  const name: string = Reflect.getMetadata(RESOLVER_NAME_METADATA, method) ?? method.name;
  if (rootType && ROOT_TYPES.has(rootType)) return `${rootType}.${name}`;
  const parentType = Reflect.getMetadata(RESOLVER_TYPE_METADATA, resolver) ?? resolver.name;
  if (Reflect.getMetadata(RESOLVER_REFERENCE_METADATA, method)) return `${parentType}.__resolveReference`;
  if (Reflect.getMetadata(RESOLVER_PROPERTY_METADATA, method)) return `${parentType}.${name}`;
  return undefined;
}

/** Every resolver method that names no policy, as `Query.person (PersonResolver.person)`. */
export function resolversWithoutPolicy(resolvers: Type[]): string[] {
  const scanner = new MetadataScanner();
  return resolvers.flatMap((resolver) =>
    scanner.getAllMethodNames(resolver.prototype).flatMap((methodName) => {
      const method = resolver.prototype[methodName];
      const entryPoint = entryPointOf(resolver, method);
      if (!entryPoint || authorizationOf(method)) return [];
      return [`${entryPoint} (${resolver.name}.${methodName})`];
    }),
  );
}

/**
 * Start-up's half of deny by default: a subgraph with a resolver that names no policy does not start (and its SDL
 * cannot be printed for composition), so a forgotten @Authorize fails the build instead of waiting for a caller.
 */
export function assertEveryResolverAuthorized(resolvers: Type[]): void {
  const missing = resolversWithoutPolicy(resolvers);
  if (missing.length > 0)
    throw new Error(
      `Every resolver needs an authorization policy (@Authorize); these have none: ${missing.join(', ')}`,
    );
}
