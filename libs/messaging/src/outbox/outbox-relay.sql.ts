/**
 * The relay's SQL. Two relays may run at once: each claims whole aggregates with a transaction-scoped advisory lock
 * (namespace below, aggregate id hashed), so one aggregate's rows are only ever published by one relay at a time,
 * in id order. A hash collision only makes two aggregates share a lock, which is safe.
 */
export const OUTBOX_LOCK_NAMESPACE = 0x6f626f78; // 'obox'

/**
 * Statement 1: the aggregates of the oldest unsent rows, skipping aggregates another relay holds right now (so a
 * second relay works on different aggregates instead of waiting), locked with try-lock; and the newest id of that
 * window. MATERIALIZED keeps the planner from evaluating the lock function on rows outside the chosen window.
 */
export const LOCK_OLDEST_AGGREGATES = `
  WITH held AS MATERIALIZED (
    SELECT l.objid FROM pg_locks l
    WHERE l.locktype = 'advisory' AND l.classid = ${OUTBOX_LOCK_NAMESPACE}::oid AND l.objsubid = 2 AND l.granted
      AND l.pid <> pg_backend_pid()
      AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())
  ),
  oldest AS MATERIALIZED (
    SELECT o.id, o.aggregate_id FROM "outbox_message" o
    WHERE o.sent_at IS NULL AND hashtext(o.aggregate_id)::oid NOT IN (SELECT objid FROM held)
    ORDER BY o.id
    LIMIT $1
  ),
  candidates AS MATERIALIZED (
    SELECT DISTINCT aggregate_id FROM oldest
  )
  SELECT aggregate_id, (SELECT max(id) FROM oldest)::text AS up_to FROM candidates
  WHERE pg_try_advisory_xact_lock(${OUTBOX_LOCK_NAMESPACE}, hashtext(aggregate_id))`;

/**
 * Statement 2, with a snapshot taken after the locks: rows another relay published and committed before we got
 * the lock are seen as sent. It takes every unsent row of the locked aggregates up to the window's newest id, so
 * each aggregate's selection is a prefix of its unsent rows: nothing is published ahead of an older row of the same
 * aggregate. Both indexes make this cheap whatever the planner's statistics say.
 * The rows are marked sent here, before publishing, to save a round trip: nobody sees the mark until COMMIT, which
 * only happens after the publish succeeded, and a failed publish rolls it back. No FOR UPDATE: the advisory locks
 * already make these rows this relay's alone, and the UPDATE locks them anyway. RETURNING has no order.
 */
export const CLAIM_ROWS = `
  UPDATE "outbox_message" SET sent_at = now(), attempts = attempts + 1, last_error = NULL
  WHERE sent_at IS NULL AND aggregate_id = ANY($1::text[]) AND id <= $2::bigint
  RETURNING id, topic, aggregate_id, envelope::text AS value`;

/**
 * Losing a "sent" mark in a database crash only means publishing those rows again, which the inbox absorbs; so
 * the relay does not wait for its commit to reach disk. The rows' own inserts were committed durably by the writer.
 */
export const RELAXED_COMMIT = `SET LOCAL synchronous_commit = off`;

/** Inside the claiming transaction, for the rows of topics whose publish failed while others succeeded. */
export const RELEASE_ROWS = `
  UPDATE "outbox_message" SET sent_at = NULL, last_error = left($2, 2000)
  WHERE id = ANY($1::bigint[])`;

export const RECORD_FAILURE = `
  UPDATE "outbox_message" SET attempts = attempts + 1, last_error = left($2, 2000)
  WHERE id = ANY($1::bigint[]) AND sent_at IS NULL`;

export const COUNT_UNSENT = `SELECT count(*)::int AS unsent FROM "outbox_message" WHERE sent_at IS NULL`;

/** In slices, so pruning never holds long locks or bloats one transaction. */
export const PRUNE_SENT = `
  DELETE FROM "outbox_message" WHERE id IN (
    SELECT id FROM "outbox_message" WHERE sent_at < now() - make_interval(secs => $1::double precision / 1000) LIMIT 5000
  )`;

export interface ClaimedRow {
  id: string;
  topic: string;
  aggregate_id: string;
  value: string;
}
