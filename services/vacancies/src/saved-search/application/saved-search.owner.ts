import { Identity, KEEP_SAVED_SEARCHES } from '@civil/auth';
import { authorize, NotFoundError } from '@civil/platform';

/** The caller as the owner of their searches and alerts: their person id, or FORBIDDEN when they have none. */
export function ownerOf(identity: Identity): string {
  authorize(KEEP_SAVED_SEARCHES, identity, { personId: identity.personId ?? '' });
  return identity.personId!;
}

/**
 * A stored search or alert the caller asks about by id: NOT_FOUND when there is none, FORBIDDEN when it is someone
 * else's (KEEP_SAVED_SEARCHES decides, as it does everywhere).
 */
export function ownedBy<T extends { personId: string }>(
  identity: Identity,
  entity: string,
  id: string,
  record: T | undefined,
): T {
  if (!record) throw new NotFoundError(entity, id);
  authorize(KEEP_SAVED_SEARCHES, identity, { personId: record.personId });
  return record;
}
