import { DenialReason, Identity, Policy, Role } from '@civil/auth';
import { ForbiddenError, UnauthenticatedError } from '../graphql/application-errors';
import { requestContext } from '../logging/request-context';

export type AuthorizationError = UnauthenticatedError | ForbiddenError;

/** `action` as the policy phrases it (`read this person`), for the message. */
export function authorizationError(action: string, reason: DenialReason): AuthorizationError {
  return reason === 'UNAUTHENTICATED' ? new UnauthenticatedError(action) : new ForbiddenError(action);
}

/**
 * The use case's half of authorization, for rules that need the stored record (is this person in my department?):
 * the same policy the guard screened the caller with, now applied to the record. Throws UNAUTHENTICATED or FORBIDDEN;
 * on success records the granting role as the request's `actingAs`, for the audit trail.
 */
export function authorize<R>(policy: Policy<R>, identity: Identity, resource: R): Role {
  const decision = policy.decide(identity, resource);
  if (!decision.allowed) throw authorizationError(policy.action, decision.reason);
  const context = requestContext.current();
  if (context) context.actingAs = decision.role;
  return decision.role;
}

/**
 * For batches (federation's `_entities`): the denial as a value, so that one record the caller may not read fails
 * alone instead of failing every entity resolved with it.
 */
export function denialOf<R>(
  policy: Policy<R>,
  identity: Identity,
  resource: R,
): AuthorizationError | undefined {
  const decision = policy.decide(identity, resource);
  return decision.allowed ? undefined : authorizationError(policy.action, decision.reason);
}
