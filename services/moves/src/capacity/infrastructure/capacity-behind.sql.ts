import { CapacityFigure } from '../application/capacity-behind.reader';
import { positionsCtes } from './capacity.sql';

/**
 * The people, moves and vacancies behind one figure of one line at one date: the same positions as LINES_SQL, listed
 * instead of summed, so that a planner drilling into a number finds exactly what it counts.
 *
 * Parameters: $1, $2 and $6 as LINES_SQL ($1 holds the one date), $3 department, $4 profession and $5 grade of the
 * line (one each), $7 the previous page's last key (or null), $8 how many.
 */
const ON_LINE = (department: string, grade: string) =>
  `${department} = $3 AND profession = $4 AND ${grade} = $5`;

const STAYERS = `
  stayers AS (
    SELECT p.person_id, (p.fte * 100)::int AS fte, p.specialist_track_code IS NOT NULL AS specialist,
      p.minimum_term_ends_on AS term_ends, (SELECT as_of FROM dates) AS as_of
    FROM person_read_model p
    WHERE p.department_code = $3 AND p.profession = $4 AND p.grade = $5 AND p.status <> 'LEFT'
      AND ($6::text IS NULL OR p.location = $6::text)
      AND NOT EXISTS (SELECT 1 FROM movers m WHERE m.person_id = p.person_id)
  )`;

const ENTRY = (person: string, move: string, fte: string) =>
  `SELECT ${person} AS person_id, ${move} AS move_id, NULL::uuid AS vacancy_id, ${fte} AS fte`;

const HERE = `
  ${ENTRY('person_id', 'away_on', 'fte')} FROM positions
  WHERE away_kind = 'LOAN' AND ${ON_LINE('away_host', 's_grade')}
  UNION ALL
  ${ENTRY('p.person_id', 's.id', 'p.fte')}
  FROM seconded_in s JOIN positions p ON p.person_id = s.person_id AND p.as_of = s.as_of
  WHERE s.host = $3 AND p.profession = $4 AND p.s_grade = $5`;

const INSIDE = `specialist AND coalesce(term_ends > as_of, false)`;

const ENTRIES: Record<CapacityFigure, string> = {
  SUBSTANTIVE: `
    ${ENTRY('person_id', 'NULL::uuid', 'fte')} FROM stayers
    UNION ALL
    ${ENTRY('person_id', 'moved_by', 'fte')} FROM positions WHERE ${ON_LINE('s_department', 's_grade')}`,
  AWAY: `
    ${ENTRY('person_id', 'away_on', 'fte')} FROM positions
    WHERE away_on IS NOT NULL AND ${ON_LINE('s_department', 's_grade')}`,
  HERE_ON_LOAN_OR_SECONDMENT: HERE,
  IN_POST: `
    ${ENTRY('person_id', 'NULL::uuid', 'fte')} FROM stayers
    UNION ALL
    ${ENTRY('person_id', 'moved_by', 'fte')} FROM positions
    WHERE away_on IS NULL AND ${ON_LINE('s_department', 's_grade')}
    UNION ALL ${HERE}`,
  INCOMING: `${ENTRY('person_id', 'id', 'fte')} FROM arriving WHERE ${ON_LINE('host', 'host_grade')}`,
  OUTGOING: `${ENTRY('person_id', 'id', 'fte')} FROM arriving WHERE ${ON_LINE('home', 'person_grade')}`,
  OPEN_POSTS: `
    SELECT NULL::uuid, NULL::uuid, v.vacancy_id,
      (greatest(v.posts - count(m.id), 0) * round(v.fte_per_post * 100))::int
    FROM vacancy_read_model v
    LEFT JOIN move m ON m.vacancy_id = v.vacancy_id AND m.post_requested
      AND m.status IN ('AGREED', 'SCHEDULED', 'STARTED', 'EXTENDED', 'ENDED', 'MADE_PERMANENT')
    WHERE v.status = 'OPEN' AND $6::text IS NULL AND v.department_code = $3 AND v.profession = $4 AND v.grade = $5
    GROUP BY v.vacancy_id
    HAVING (greatest(v.posts - count(m.id), 0) * round(v.fte_per_post * 100)) > 0`,
  SPECIALISTS_INSIDE_MINIMUM_TERM: `
    ${ENTRY('person_id', 'NULL::uuid', 'fte')} FROM stayers WHERE ${INSIDE}
    UNION ALL
    ${ENTRY('person_id', 'moved_by', 'fte')} FROM positions
    WHERE away_on IS NULL AND ${ON_LINE('s_department', 's_grade')}
      AND specialist AND (moved_by IS NOT NULL OR coalesce(term_ends > as_of, false))`,
  SPECIALISTS_PAST_MINIMUM_TERM: `
    ${ENTRY('person_id', 'NULL::uuid', 'fte')} FROM stayers WHERE specialist AND NOT coalesce(term_ends > as_of, false)
    UNION ALL
    ${ENTRY('person_id', 'moved_by', 'fte')} FROM positions
    WHERE away_on IS NULL AND ${ON_LINE('s_department', 's_grade')}
      AND specialist AND moved_by IS NULL AND NOT coalesce(term_ends > as_of, false)`,
};

export function behindSql(figure: CapacityFigure): string {
  return `
    WITH ${positionsCtes('ARRAY[$3::text]')}, ${STAYERS},
    entries (person_id, move_id, vacancy_id, fte) AS (${ENTRIES[figure]}),
    keyed AS (
      SELECT coalesce(person_id::text || ':' || coalesce(move_id::text, ''), vacancy_id::text) AS key, *
      FROM entries
    )
    SELECT key, person_id, move_id, vacancy_id, fte FROM keyed
    WHERE $7::text IS NULL OR key > $7::text
    ORDER BY key
    LIMIT $8`;
}
