/**
 * The saved searches a vacancy matches, found in one statement from the vacancy's row: each saved criterion is a
 * column where an empty array (or null) means "any", so every condition reads "not set, or holds". `@>` rather than
 * `= ANY` so the GIN indexes on professions and grades can narrow the candidates before the rest is checked. The text
 * is the saved words as the search parses them (`search_query`, parsed once when saved), tested against the vacancy's
 * own search_document.
 * Visibility: an OWN_DEPARTMENT vacancy matches only searches saved by its department's people or by someone who
 * sees every department. Searches already alerted about the vacancy are left out.
 */
export const MATCHING_SAVED_SEARCHES = `
  SELECT s.id AS "savedSearchId", s.person_id AS "personId"
  FROM vacancy v
  JOIN saved_search s ON
        (s.department_codes = '{}' OR s.department_codes @> ARRAY[v.department_code]::text[])
    AND (s.professions = '{}' OR s.professions @> ARRAY[v.profession]::text[])
    AND (s.grades = '{}' OR s.grades @> ARRAY[v.grade]::text[])
    AND (s.move_kinds = '{}' OR s.move_kinds && v.move_kinds)
    AND (s.locations = '{}' OR s.locations && v.locations)
    AND (NOT s.remote_only OR v.remote_possible)
    AND (s.skill_codes = '{}' OR s.skill_codes && v.skill_codes)
    AND (s.closing_after IS NULL OR v.closing_date > s.closing_after)
    AND (v.visibility = 'ALL_DEPARTMENTS' OR s.saver_sees_all_departments
         OR s.saver_department_code = v.department_code)
    AND (s.search_query IS NULL OR v.search_document @@ s.search_query)
  WHERE v.id = $1 AND v.status = 'OPEN' AND v.closing_date >= $2::date
    AND NOT EXISTS (SELECT 1 FROM vacancy_alert a WHERE a.saved_search_id = s.id AND a.vacancy_id = v.id)`;

/** The alerts, once each: a concurrent delivery of the same event inserts nothing and so raises nothing. */
export const INSERT_ALERTS = `
  INSERT INTO vacancy_alert (id, saved_search_id, person_id, vacancy_id, raised_at)
  SELECT id, saved_search_id, person_id, $4::uuid, $5::timestamptz
  FROM unnest($1::uuid[], $2::uuid[], $3::uuid[]) AS raised(id, saved_search_id, person_id)
  ON CONFLICT ON CONSTRAINT vacancy_alert_once DO NOTHING
  RETURNING id AS "alertId", saved_search_id AS "savedSearchId", person_id AS "personId", vacancy_id AS "vacancyId"`;
