const COLUMNS = `"entry_id", "event_id", "service", "occurred_at", "actor_subject", "actor_person_id", "acting_as",
  "actor_roles", "action", "operation", "record_type", "record_id", "subject_person_id", "changes", "trace_id"`;

/** Idempotent by entry id: a redelivered event (even after the inbox pruned it) adds nothing. */
export const APPEND_ENTRY = `
  INSERT INTO "audit_trail" (${COLUMNS}, "received_at")
  VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14::jsonb, $15, $16)
  ON CONFLICT ("entry_id") DO NOTHING`;

/** $1 subject, $2 limit (null: all), $3/$4 the position to start after (both null for the first page). */
export const ENTRIES_ABOUT = `
  SELECT ${COLUMNS} FROM "audit_trail"
  WHERE "subject_person_id" = $1
    AND ($3::timestamptz IS NULL OR ("occurred_at", "entry_id") < ($3::timestamptz, $4::uuid))
  ORDER BY "occurred_at" DESC, "entry_id" DESC
  LIMIT $2`;

export const ENTRIES_BY = `
  SELECT ${COLUMNS} FROM "audit_trail"
  WHERE "actor_person_id" = $1
  ORDER BY "occurred_at" DESC, "entry_id" DESC`;
