/** $1..$14: the AuditEntry's fields in table order. Only ever INSERT: the table refuses anything else. */
export const INSERT_AUDIT_LOG = `
  INSERT INTO "audit_log" ("id", "service", "occurred_at", "actor_subject", "actor_person_id", "acting_as",
    "actor_roles", "action", "operation", "record_type", "record_id", "subject_person_id", "changes", "trace_id")
  VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13::jsonb, $14)`;
