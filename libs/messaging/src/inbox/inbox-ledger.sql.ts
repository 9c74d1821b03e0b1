/**
 * Records one event for a consumer group and says what to do with it, in one round trip inside the handler's
 * transaction. The version upsert only moves forward; the inbox insert is a no-op for an event id already taken
 * in, in which case no row comes back (a duplicate). A concurrent delivery of the same event (two members during a
 * rebalance) waits on the first one's row locks and then sees a duplicate. The times are the event's own
 * (clock_timestamp), not its transaction's start (now()): one transaction takes in a whole batch.
 *
 * $1 group, $2 event id, $3 topic, $4 type, $5 subject, $6 version, $7 outcome when newer ('applied'/'unhandled').
 */
export const RECORD_EVENT = `
  WITH newer AS (
    INSERT INTO "inbox_aggregate_version" ("consumer_group", "topic", "subject", "version", "updated_at")
    VALUES ($1, $3, $5, $6, clock_timestamp())
    ON CONFLICT ("consumer_group", "topic", "subject")
      DO UPDATE SET "version" = EXCLUDED."version", "updated_at" = clock_timestamp()
      WHERE "inbox_aggregate_version"."version" < EXCLUDED."version"
    RETURNING 1
  )
  INSERT INTO "inbox_message"
    ("consumer_group", "event_id", "topic", "type", "subject", "aggregate_version", "outcome", "processed_at")
  SELECT $1, $2, $3, $4, $5, $6, CASE WHEN EXISTS (SELECT 1 FROM newer) THEN $7 ELSE 'stale' END, clock_timestamp()
  ON CONFLICT ("consumer_group", "event_id") DO NOTHING
  RETURNING "outcome"`;

export const PRUNE_PROCESSED = `
  DELETE FROM "inbox_message" WHERE ("consumer_group", "event_id") IN (
    SELECT "consumer_group", "event_id" FROM "inbox_message"
    WHERE "consumer_group" = $1 AND "processed_at" < now() - make_interval(secs => $2::double precision / 1000)
    LIMIT 5000
  )`;

export type InboxOutcome = 'applied' | 'unhandled' | 'stale' | 'duplicate';
