/**
 * capacityAt (domain/capacity.rules.ts) as set-based SQL over the read models. The oracle walks every person; here
 * everyone is first counted where people's record puts them (the headcount per line that triggers keep), and only the
 * few thousand people with an agreed move are then taken out of that line and put where their moves have them at
 * each date. The property test (test/capacity-property.int-spec.ts) holds the two equal.
 *
 * Parameters: $1 dates (date[]), $2 today, $3 departments, $4 professions, $5 grades (text[] or null: all), $6 location.
 */

/**
 * Agreed moves and where each person with one stands at each date. `departments` (an SQL text[], null for all)
 * narrows the people to those whose department or one of whose moves is among them: nobody else can change a figure
 * there, and a department's forecast need not place the whole civil service's movers twelve times.
 */
export const positionsCtes = (departments: string) => `
  dates AS (SELECT DISTINCT unnest($1::date[]) AS as_of),
  -- Only agreed moves change anyone's position (capacity.rules.ts, AGREED).
  agreed AS MATERIALIZED (
    SELECT id, person_id, kind, home_department_code AS home, host_department_code AS host, grade, starts_on,
      ends_on, status IN ('AGREED', 'SCHEDULED') AS not_started
    FROM move
    WHERE status IN ('AGREED', 'SCHEDULED', 'STARTED', 'EXTENDED')
  ),
  movers AS MATERIALIZED (
    SELECT p.person_id, p.department_code, p.profession, p.grade, (p.fte * 100)::int AS fte,
      p.specialist_track_code IS NOT NULL AS specialist, p.minimum_term_ends_on AS term_ends
    FROM person_read_model p
    WHERE p.person_id IN (SELECT person_id FROM agreed) AND p.status <> 'LEFT'
      AND ($6::text IS NULL OR p.location = $6::text)
      AND (${departments} IS NULL OR p.department_code = ANY(${departments}) OR EXISTS (
        SELECT 1 FROM agreed m
        WHERE m.person_id = p.person_id AND (m.home = ANY(${departments}) OR m.host = ANY(${departments}))))
  ),
  -- The last permanent move, agreed and not started, that starts by the date: the person's new substantive post.
  moved AS (
    SELECT DISTINCT ON (m.person_id, d.as_of) m.person_id, d.as_of, m.id, m.host, m.grade
    FROM agreed m JOIN dates d ON m.starts_on <= d.as_of
    WHERE m.kind IN ('LEVEL_TRANSFER', 'PROMOTION') AND m.not_started AND m.host IS NOT NULL
      AND m.person_id IN (SELECT person_id FROM movers)
    ORDER BY m.person_id, d.as_of, m.starts_on DESC, m.id DESC
  ),
  -- The first loan or secondment out in force on the date (start <= date < end).
  away AS (
    SELECT DISTINCT ON (m.person_id, d.as_of) m.person_id, d.as_of, m.id, m.kind, m.host
    FROM agreed m JOIN dates d ON m.starts_on <= d.as_of AND (m.ends_on IS NULL OR d.as_of < m.ends_on)
    WHERE m.kind IN ('LOAN', 'SECONDMENT_OUT') AND m.person_id IN (SELECT person_id FROM movers)
    ORDER BY m.person_id, d.as_of, m.starts_on, m.id
  ),
  positions AS MATERIALIZED (
    SELECT p.person_id, p.department_code, p.profession, p.grade, p.fte, p.specialist, p.term_ends, d.as_of,
      coalesce(mv.host, p.department_code) AS s_department, coalesce(mv.grade, p.grade) AS s_grade,
      mv.id AS moved_by, aw.id AS away_on, aw.kind AS away_kind, aw.host AS away_host
    FROM movers p CROSS JOIN dates d
    LEFT JOIN moved mv ON mv.person_id = p.person_id AND mv.as_of = d.as_of
    LEFT JOIN away aw ON aw.person_id = p.person_id AND aw.as_of = d.as_of
  ),
  -- An outside expert placed here, counted at the host when it is not their substantive department.
  seconded_in AS (
    SELECT DISTINCT ON (p.person_id, p.as_of) p.person_id, p.as_of, m.id, m.host
    FROM positions p JOIN agreed m ON m.person_id = p.person_id
    WHERE m.kind = 'SECONDMENT_IN' AND m.host IS NOT NULL AND m.host <> p.s_department
      AND m.starts_on <= p.as_of AND (m.ends_on IS NULL OR p.as_of < m.ends_on)
    ORDER BY p.person_id, p.as_of, m.starts_on, m.id
  ),
  -- Agreed moves not started that start between today and the date: incoming and outgoing.
  arriving AS (
    SELECT m.id, m.person_id, m.kind, m.home, m.host, p.profession, p.grade AS person_grade,
      -- A temporary move keeps the person's grade; a permanent one gives them the new post's.
      CASE WHEN m.kind IN ('LOAN', 'SECONDMENT_OUT', 'SECONDMENT_IN', 'SHORT_ASSIGNMENT') THEN p.grade ELSE m.grade END
        AS host_grade,
      p.fte, d.as_of
    FROM agreed m JOIN movers p ON p.person_id = m.person_id
      JOIN dates d ON m.starts_on <= d.as_of
    WHERE m.not_started AND m.starts_on >= $2::date AND m.kind <> 'SHORT_ASSIGNMENT'
  )`;

/** Whether a line key passes the filters ($3, $4, $5). */
export const LINE_FILTER = (department: string, profession: string, grade: string) =>
  `($3::text[] IS NULL OR ${department} = ANY($3::text[]))
   AND ($4::text[] IS NULL OR ${profession} = ANY($4::text[]))
   AND ($5::text[] IS NULL OR ${grade} = ANY($5::text[]))`;

const SPECIALIST_INSIDE = `specialist AND coalesce(term_ends > as_of, false)`;
const SPECIALIST_PAST = `specialist AND NOT coalesce(term_ends > as_of, false)`;

/**
 * The contributions to each line at each date, summed. `n` counts what puts a line on the list (a person, a move, a
 * funded or an open post), so a line is listed exactly when the oracle would list it.
 */
const CONTRIBUTIONS_CTES = `
  ${positionsCtes('$3::text[]')},
  -- Everyone where people's record puts them: the headcount the triggers keep (migration 1795490000000), or, for one
  -- location, the people themselves (a location is asked of one department at a time, through its index).
  base AS (
    SELECT department_code, profession, grade, people, fte_hundredths AS fte
    FROM capacity_headcount
    WHERE $6::text IS NULL AND ${LINE_FILTER('department_code', 'profession', 'grade')}
    UNION ALL
    SELECT department_code, profession, grade, count(*)::int, (sum(fte) * 100)::int
    FROM person_read_model
    WHERE $6::text IS NOT NULL AND location = $6::text AND status <> 'LEFT'
      AND ${LINE_FILTER('department_code', 'profession', 'grade')}
    GROUP BY department_code, profession, grade
  ),
  -- Specialists by the day their minimum term ends, to place inside or past it at each date (a partial index).
  specialists AS (
    SELECT department_code, profession, grade, minimum_term_ends_on AS term_ends, count(*)::int AS people
    FROM person_read_model
    WHERE specialist_track_code IS NOT NULL AND status <> 'LEFT' AND ($6::text IS NULL OR location = $6::text)
      AND ${LINE_FILTER('department_code', 'profession', 'grade')}
    GROUP BY department_code, profession, grade, minimum_term_ends_on
  ),
  in_force AS (
    SELECT DISTINCT ON (e.department_code, e.profession, e.grade, d.as_of)
      e.department_code, e.profession, e.grade, d.as_of, e.fte_hundredths
    FROM establishment_read_model e JOIN dates d ON e.effective_from <= d.as_of
    WHERE $6::text IS NULL AND ${LINE_FILTER('e.department_code', 'e.profession', 'e.grade')}
    ORDER BY e.department_code, e.profession, e.grade, d.as_of, e.effective_from DESC
  ),
  -- Posts held by moves, per vacancy: a few thousand rows, aggregated before they meet the open vacancies.
  held AS (
    SELECT vacancy_id, count(*) AS posts FROM move
    WHERE post_requested AND status IN ('AGREED', 'SCHEDULED', 'STARTED', 'EXTENDED', 'ENDED', 'MADE_PERMANENT')
    GROUP BY vacancy_id
  ),
  open_posts AS (
    SELECT department_code, profession, grade, count(*)::int AS vacancies, sum(fte)::int AS fte
    FROM (
      SELECT v.department_code, v.profession, v.grade,
        greatest(v.posts - coalesce(h.posts, 0), 0) * round(v.fte_per_post * 100) AS fte
      FROM vacancy_read_model v LEFT JOIN held h ON h.vacancy_id = v.vacancy_id
      WHERE v.status = 'OPEN' AND $6::text IS NULL
        AND ${LINE_FILTER('v.department_code', 'v.profession', 'v.grade')}
    ) vacancy
    WHERE fte > 0
    GROUP BY department_code, profession, grade
  ),
  contributions (department_code, profession, grade, as_of, n, substantive, away, here, incoming, outgoing,
                 inside, past, establishment, open_posts) AS (
    SELECT b.department_code, b.profession, b.grade, d.as_of, b.people, b.fte, 0, 0, 0, 0, 0, 0, 0, 0
    FROM base b CROSS JOIN dates d
    UNION ALL
    SELECT s.department_code, s.profession, s.grade, d.as_of, 0, 0, 0, 0, 0, 0,
      CASE WHEN coalesce(s.term_ends > d.as_of, false) THEN s.people ELSE 0 END,
      CASE WHEN coalesce(s.term_ends > d.as_of, false) THEN 0 ELSE s.people END, 0, 0
    FROM specialists s CROSS JOIN dates d
    UNION ALL
    -- People with an agreed move leave the line people's record puts them on ...
    SELECT department_code, profession, grade, as_of, -1, -fte, 0, 0, 0, 0,
      CASE WHEN ${SPECIALIST_INSIDE} THEN -1 ELSE 0 END, CASE WHEN ${SPECIALIST_PAST} THEN -1 ELSE 0 END, 0, 0
    FROM positions
    UNION ALL
    -- ... for their substantive post at the date, away or not; a specialist in post starts a new term when moved.
    SELECT s_department, profession, s_grade, as_of, 1, fte, CASE WHEN away_on IS NULL THEN 0 ELSE fte END, 0, 0, 0,
      CASE WHEN away_on IS NULL AND specialist AND (moved_by IS NOT NULL OR coalesce(term_ends > as_of, false))
        THEN 1 ELSE 0 END,
      CASE WHEN away_on IS NULL AND specialist AND moved_by IS NULL AND NOT coalesce(term_ends > as_of, false)
        THEN 1 ELSE 0 END, 0, 0
    FROM positions
    UNION ALL
    SELECT away_host, profession, s_grade, as_of, 1, 0, 0, fte, 0, 0, 0, 0, 0, 0
    FROM positions WHERE away_kind = 'LOAN' AND away_host IS NOT NULL
    UNION ALL
    SELECT s.host, p.profession, p.s_grade, p.as_of, 1, 0, 0, p.fte, 0, 0, 0, 0, 0, 0
    FROM seconded_in s JOIN positions p ON p.person_id = s.person_id AND p.as_of = s.as_of
    UNION ALL
    SELECT host, profession, host_grade, as_of, 1, 0, 0, 0, fte, 0, 0, 0, 0, 0 FROM arriving WHERE host IS NOT NULL
    UNION ALL
    SELECT home, profession, person_grade, as_of, 1, 0, 0, 0, 0, fte, 0, 0, 0, 0 FROM arriving WHERE home IS NOT NULL
    UNION ALL
    SELECT department_code, profession, grade, as_of, 1, 0, 0, 0, 0, 0, 0, 0, fte_hundredths, 0
    FROM in_force WHERE fte_hundredths > 0
    UNION ALL
    SELECT o.department_code, o.profession, o.grade, d.as_of, o.vacancies, 0, 0, 0, 0, 0, 0, 0, 0, o.fte
    FROM open_posts o CROSS JOIN dates d
  )`;

const LINES_CTE = `
  lines AS (
    SELECT department_code, profession, grade, as_of, sum(substantive) AS substantive, sum(away) AS away,
      sum(here) AS here, sum(incoming) AS incoming, sum(outgoing) AS outgoing, sum(inside) AS inside,
      sum(past) AS past, sum(establishment) AS establishment, sum(open_posts) AS open_posts
    FROM contributions
    WHERE ${LINE_FILTER('department_code', 'profession', 'grade')}
    GROUP BY department_code, profession, grade, as_of
    HAVING sum(n) > 0
  )`;

const FIGURES = `substantive, away, here, incoming, outgoing, inside, past, establishment, open_posts`;

/**
 * Each line's figures in hundredths of FTE (specialists in people) at each date. Every contribution is an integer
 * (sums of integers stay exact, and PostgreSQL adds them far faster than numeric).
 */
export const LINES_SQL = `
  WITH ${CONTRIBUTIONS_CTES}, ${LINES_CTE}
  SELECT department_code, profession, grade, to_char(as_of, 'YYYY-MM-DD') AS as_of, ${FIGURES} FROM lines`;

/**
 * The same summed per department (and date) straight from the contributions, without grouping by line first: a line
 * whose contributions count no one (n = 0) has only a person and their move cancelling out, all its figures 0, so it
 * changes no sum; and a department is listed when one of its lines is.
 */
export const DEPARTMENTS_SQL = `
  WITH ${CONTRIBUTIONS_CTES}
  SELECT department_code, to_char(as_of, 'YYYY-MM-DD') AS as_of,
    ${FIGURES.split(', ')
      .map((figure) => `sum(${figure}) AS ${figure}`)
      .join(', ')}
  FROM contributions
  WHERE ${LINE_FILTER('department_code', 'profession', 'grade')}
  GROUP BY department_code, as_of
  HAVING sum(n) > 0`;
