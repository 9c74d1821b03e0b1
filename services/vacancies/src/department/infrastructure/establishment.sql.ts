/**
 * Makes two writers of one line (department x profession x grade) take turns until commit. A statement of its own:
 * a READ COMMITTED statement reads from the snapshot taken when it started, so the append must start after the wait,
 * or it would number its row from before the other writer's commit. The unique (line, version) key is the backstop.
 */
export const LOCK_LINE = `SELECT pg_advisory_xact_lock(hashtextextended($1::text, 0))`;

/** Appends one entry as the line's next version; `previous_fte` is what was in force on its date before it. */
export const APPEND_ENTRY = `
  WITH previous AS (
    SELECT fte FROM establishment_entry
    WHERE department_code = $1::varchar AND profession = $2::varchar AND grade = $3::varchar
      AND effective_from <= $5::date
    ORDER BY effective_from DESC, version DESC LIMIT 1
  ),
  next AS (
    SELECT coalesce(max(version), 0) + 1 AS version FROM establishment_entry
    WHERE department_code = $1::varchar AND profession = $2::varchar AND grade = $3::varchar
  )
  INSERT INTO establishment_entry
    (department_code, profession, grade, fte, effective_from, version, set_by_subject, set_by_person_id, set_at, trace_id)
  SELECT $1::varchar, $2::varchar, $3::varchar, $4::numeric, $5::date, next.version, $6::varchar, $7::uuid,
    $8::timestamptz, $9::varchar
  FROM next
  RETURNING version, (SELECT fte FROM previous) AS previous_fte`;

/**
 * For each line of the departments, its newest entry on or before the date (DISTINCT ON walks the in-force index
 * newest first); ended lines (fte 0) are dropped after the choice, so an end hides the value before it.
 */
export const LINES_IN_FORCE = `
  SELECT department_code, profession, grade, fte, to_char(effective_from, 'YYYY-MM-DD') AS effective_from
  FROM (
    SELECT DISTINCT ON (department_code, profession, grade) department_code, profession, grade, fte, effective_from
    FROM establishment_entry
    WHERE department_code = ANY($1::varchar[]) AND effective_from <= $2::date
      AND ($3::varchar IS NULL OR profession = $3::varchar) AND ($4::varchar IS NULL OR grade = $4::varchar)
    ORDER BY department_code, profession, grade, effective_from DESC, version DESC
  ) latest
  WHERE fte > 0
  ORDER BY department_code, profession, grade`;
