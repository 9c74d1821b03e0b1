/**
 * The relay's SQL. Two relays may run at once: each claims whole aggregates with a transaction-scoped advisory lock
 * (namespace below, aggregate id hashed), so one aggregate's rows are only ever published by one relay at a time,
 * in id order. A hash collision only makes two aggregates share a lock, which is safe.
 */
export const OUTBOX_LOCK_NAMESPACE = 0x6f626f78; // 'obox'

/**
 * Opens the claiming transaction. Losing a claim's commit in a database crash only means publishing those rows
 * again, which the inbox absorbs; so the relay does not wait for it to reach disk. The rows' own inserts were
 * committed durably by the writer. The claim below relies on READ COMMITTED, so it does not trust the default.
 */
export const BEGIN_CLAIM = `BEGIN ISOLATION LEVEL READ COMMITTED; SET LOCAL synchronous_commit = off`;

/**
 * One statement: lock the aggregates of the oldest pending rows, take their rows out of the queue and read what to
 * publish.
 *
 * - held: aggregates another relay holds right now, skipped so a second relay works on different aggregates instead
 *   of taking the same window (whose rows still look pending to us until the other relay commits) and failing.
 * - oldest: the window. MATERIALIZED keeps the planner from evaluating the lock function outside it.
 * - locked: try-lock, never wait: an aggregate someone locked since `held` was read is left for a later cycle.
 * - claimed: the window's rows of the locked aggregates. `held` filters by aggregate, so the window holds every
 *   pending row of a locked aggregate up to its newest id: each aggregate's selection is a prefix of its pending
 *   rows, and nothing is published ahead of an older row of the same aggregate. The statement's snapshot predates
 *   the locks, which is safe: a row another relay claimed and committed before we got the lock is skipped by the
 *   DELETE itself, which re-checks each row it is about to delete; a row committed after the snapshot is newer than
 *   every row of its aggregate claimed here (one aggregate's events commit one transaction after the other).
 *   Nobody sees the delete before COMMIT, which happens only after the publish succeeded; a failed publish rolls it
 *   back and the rows are pending again.
 *
 * Every lookup is `= ANY(array)` on a primary key, which the planner takes whatever its statistics say (a freshly
 * filled queue has none). The batch size is inlined (the relay passes a validated integer) because parameters would
 * need the extended protocol, which cannot carry BEGIN in the same message.
 */
export function claimBatch(batchSize: number): string {
  if (!Number.isInteger(batchSize) || batchSize < 1) throw new RangeError(`bad batch size ${batchSize}`);
  return `
  WITH held AS MATERIALIZED (
    SELECT l.objid FROM pg_locks l
    WHERE l.locktype = 'advisory' AND l.classid = ${OUTBOX_LOCK_NAMESPACE}::oid AND l.objsubid = 2 AND l.granted
      AND l.pid <> pg_backend_pid()
      AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())
  ),
  oldest AS MATERIALIZED (
    SELECT p.id, p.aggregate_id FROM "outbox_pending" p
    WHERE hashtext(p.aggregate_id)::oid NOT IN (SELECT objid FROM held)
    ORDER BY p.id
    LIMIT ${batchSize}
  ),
  candidates AS MATERIALIZED (
    SELECT DISTINCT aggregate_id FROM oldest
  ),
  locked AS MATERIALIZED (
    SELECT aggregate_id FROM candidates
    WHERE pg_try_advisory_xact_lock(${OUTBOX_LOCK_NAMESPACE}, hashtext(aggregate_id))
  ),
  claimed AS (
    DELETE FROM "outbox_pending" p
    WHERE p.id = ANY(ARRAY(SELECT o.id FROM oldest o JOIN locked l ON l.aggregate_id = o.aggregate_id))
    RETURNING p.id
  )
  SELECT m.id, m.topic, m.aggregate_id, m.envelope::text AS value FROM "outbox_message" m
  WHERE m.id = ANY(ARRAY(SELECT id FROM claimed))
  ORDER BY m.id`;
}

/** Inside the claiming transaction: the rows of topics whose publish failed while others succeeded go back. */
export const RELEASE_ROWS = `
  WITH released AS (
    UPDATE "outbox_message" SET attempts = attempts + 1, last_error = left($2, 2000)
    WHERE id = ANY($1::bigint[])
    RETURNING id, aggregate_id
  )
  INSERT INTO "outbox_pending" (id, aggregate_id) SELECT id, aggregate_id FROM released`;

/** After a rollback; rows another relay has published meanwhile are left alone. */
export const RECORD_FAILURE = `
  UPDATE "outbox_message" m SET attempts = attempts + 1, last_error = left($2, 2000)
  WHERE m.id = ANY($1::bigint[]) AND EXISTS (SELECT 1 FROM "outbox_pending" p WHERE p.id = m.id)`;

export const COUNT_UNSENT = `SELECT count(*)::int AS unsent FROM "outbox_pending"`;

/**
 * Every claim reads outbox_pending's primary key from its oldest end, which is where the entries of claimed (deleted)
 * rows pile up until a vacuum removes them. Autovacuum may come only once a minute, and a relay draining a backlog
 * leaves hundreds of thousands in that time, each claim crawling through all of them (100k dead entries doubled a
 * claim's time). The relay vacuums the queue itself every 10,000 rows it claims: the queue is small, so that takes
 * milliseconds.
 * SKIP_LOCKED: when another relay is vacuuming it, this one does not wait.
 */
export const VACUUM_QUEUE = `VACUUM (SKIP_LOCKED) "outbox_pending"`;

/**
 * Published rows written more than $1 ms ago, in slices so pruning never holds long locks or bloats one transaction.
 * A row still pending is kept however old it is.
 */
export const PRUNE_SENT = `
  DELETE FROM "outbox_message" WHERE id IN (
    SELECT m.id FROM "outbox_message" m
    WHERE m.created_at < now() - make_interval(secs => $1::double precision / 1000)
      AND NOT EXISTS (SELECT 1 FROM "outbox_pending" p WHERE p.id = m.id)
    LIMIT 5000
  )`;

export interface ClaimedRow {
  id: string;
  topic: string;
  aggregate_id: string;
  value: string;
}
