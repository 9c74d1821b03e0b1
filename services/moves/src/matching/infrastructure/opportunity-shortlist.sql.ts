import { REFERENCE_ORDERS } from '../../config/reference-orders';
import { freeToMoveFrom } from '../domain/eligible-from.rule';
import { eligibilityPoints } from '../domain/match.rules';
import { MatchPerson } from '../domain/match.types';
import { DDAT_SKILL_LEVELS } from '../domain/skill-levels';
import { PageRequest } from '../application/matching.reader';

const SAME_GRADE_KINDS = ['LEVEL_TRANSFER', 'LOAN', 'SHORT_ASSIGNMENT'];
const HOME_KINDS = ['SHORT_ASSIGNMENT'];
const place = (name: string) => name.trim().toLowerCase();

/**
 * The opportunities a person could match, best possible first, as (id, first, bound): a covering-index scan of the open
 * vacancies at their grade and one up, then each row's bound. The bound is scoreMatch's score with each component
 * computed the same way from the same columns (match.rules.ts; README, "How matches are ranked"), the skills share
 * rounded half up a hair generously (sums added in another order may differ in the last bit): a bound may be a
 * thousandth high, never low, so the first page almost always holds the answer. `first` is the specialism group; rows come
 * in the ranking's order (compareOpportunities), so that equal scores need no second page either.
 * Eligibility depends only on the person and on whether the move is a promotion along their own track: both values
 * come from the domain, as parameters.
 */
export const OPPORTUNITY_SHORTLIST = `
  WITH pool AS (
    SELECT v.vacancy_id, v.grade, v.department_code, v.profession, v.place_keys, v.remote_possible, v.move_kinds,
           v.required_skills, v.closing_date,
           coalesce($10::text IS NOT NULL AND v.profession = $10
                    AND ($11::text IS NULL OR v.specialism = $11), false) AS aligned
      FROM vacancy_read_model v
     WHERE v.status = 'OPEN' AND v.grade = ANY ($2::text[])
       AND (v.closing_date IS NULL OR v.closing_date >= $1::date)
       AND (v.visibility <> 'OWN_DEPARTMENT' OR v.department_code = $4)
       AND (v.clearance_required IS NULL OR NOT (v.clearance_required = ANY ($6::text[]))
            OR v.clearance_required = ANY ($5::text[]))
       AND ((v.grade = $25 AND CASE WHEN v.department_code = $4 THEN v.move_kinds && $8::text[]
                                    ELSE v.move_kinds && $7::text[] END)
            OR (v.grade = $3 AND 'PROMOTION' = ANY (v.move_kinds)))
  )
  SELECT vacancy_id AS id, aligned::int AS first, closing_date::text AS "closingDate",
         100
         + CASE WHEN profession = $9 OR aligned THEN 100 ELSE 0 END
         + CASE WHEN aligned THEN 50 ELSE 0 END
         + CASE WHEN place_keys && $13::text[] THEN 100 WHEN $14::text = ANY (place_keys) THEN 80
                WHEN remote_possible THEN 60 ELSE 0 END
         + CASE WHEN aligned AND grade = $3 AND grade = ANY ($12::text[]) THEN $15::int ELSE $16::int END
         + CASE WHEN cardinality($17::text[]) = 0 THEN 25
                WHEN grade = $3 THEN $26::int
                WHEN department_code = $4 THEN CASE WHEN move_kinds && $27::text[] THEN 50 ELSE 0 END
                ELSE CASE WHEN move_kinds && $28::text[] THEN 50 ELSE 0 END END
         + CASE WHEN department_code = ANY ($18::text[]) THEN 50
                WHEN cardinality($18::text[]) = 0 OR department_code = $4 THEN 25 ELSE 0 END
         + CASE WHEN cardinality($19::text[]) > 0 AND EXISTS (
                  SELECT 1 FROM jsonb_array_elements(required_skills) r WHERE upper(r ->> 'skillCode') = ANY ($19::text[]))
                THEN 50 ELSE 0 END
         + CASE WHEN jsonb_array_length(required_skills) = 0 THEN 400 WHEN cardinality($20::text[]) = 0 THEN 0 ELSE (
             SELECT floor(400 * sum(s.weight * s.credit) / sum(s.weight) + 0.500000001)::int
               FROM (SELECT CASE WHEN (r ->> 'essential')::boolean THEN 2 ELSE 1 END AS weight,
                            CASE WHEN h.held IS NULL THEN 0
                                 ELSE power(0.5, greatest(0, coalesce(array_position($22::text[], r ->> 'minimumLevel') - 1, -1)
                                                              - ($21::int[])[h.held])) END AS credit
                       FROM jsonb_array_elements(required_skills) r,
                            LATERAL (SELECT array_position($20::text[], upper(r ->> 'skillCode')) AS held) h) s)
           END AS bound
    FROM pool
   ORDER BY first DESC, bound DESC, closing_date ASC NULLS LAST, vacancy_id
  OFFSET $23 LIMIT $24`;

const intersect = (a: readonly string[], b: readonly string[]) => a.filter((value) => b.includes(value));

export function opportunityShortlistParameters(
  person: MatchPerson,
  today: string,
  { offset, limit }: PageRequest,
): unknown[] {
  const { grades, clearanceLevels } = REFERENCE_ORDERS;
  const levels = DDAT_SKILL_LEVELS;
  const rank = grades.indexOf(person.grade);
  const gradeUp = rank >= 0 ? grades[rank + 1] : undefined;
  const held =
    person.securityClearance === undefined ? -1 : clearanceLevels.indexOf(person.securityClearance);
  const track = person.specialistTrack;
  // A promotion along the track, as isAlongOwnTrack sees one: into the track's specialism, at a rung of its ladder.
  const alongTrack = track !== undefined && gradeUp !== undefined && track.grades.includes(gradeUp);
  // The person's skills as compareSkills reads them: the last level given for a code counts.
  const heldSkills = new Map(
    person.skills.map((skill) => [skill.skillCode.toUpperCase(), levels.indexOf(skill.level)]),
  );
  const wanted = person.moveKindsWanted;
  return [
    today,
    [person.grade, ...(gradeUp ? [gradeUp] : [])],
    gradeUp ?? null,
    person.departmentCode,
    clearanceLevels.filter((_, index) => index <= held),
    clearanceLevels,
    SAME_GRADE_KINDS,
    HOME_KINDS,
    person.profession,
    track?.profession ?? null,
    track?.specialism ?? null,
    track?.grades ?? [],
    person.locationsWanted.map(place),
    person.location === undefined ? null : place(person.location),
    eligibilityPoints(today, freeToMoveFrom(person, today, alongTrack)),
    eligibilityPoints(today, freeToMoveFrom(person, today, false)),
    wanted,
    person.departmentsWanted,
    person.skillsToDevelop.map((code) => code.toUpperCase()),
    [...heldSkills.keys()],
    [...heldSkills.values()],
    levels,
    offset,
    limit,
    person.grade,
    wanted.includes('PROMOTION') ? 50 : 0,
    intersect(wanted, HOME_KINDS),
    intersect(wanted, SAME_GRADE_KINDS),
  ];
}
