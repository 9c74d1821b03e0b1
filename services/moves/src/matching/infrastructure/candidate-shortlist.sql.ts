import { REFERENCE_ORDERS } from '../../config/reference-orders';
import { MATCH_WEIGHTS } from '../domain/match-weights';
import { DDAT_SKILL_LEVELS } from '../domain/skill-levels';
import { PageRequest, VacancyToMatch } from '../application/matching.reader';

// kinds_wanted_mask's bits (migration 1795490100000).
const KIND_BITS: Record<string, number> = {
  LEVEL_TRANSFER: 1,
  PROMOTION: 2,
  LOAN: 4,
  SECONDMENT_OUT: 8,
  SHORT_ASSIGNMENT: 16,
};
const maskOf = (kinds: readonly string[]) => kinds.reduce((mask, kind) => mask | (KIND_BITS[kind] ?? 0), 0);
// Math.round's half up, a hair generous: sums added in another order may differ in the last bit, and a bound may be
// one thousandth high (a second page) but never low (a wrong answer).
const HALF_UP = '0.500000001';
const SAME_GRADE_KINDS = ['LEVEL_TRANSFER', 'LOAN', 'SHORT_ASSIGNMENT'];
const HOME_KINDS = ['SHORT_ASSIGNMENT'];
const place = (name: string) => name.trim().toLowerCase();

/**
 * Who could fill the vacancy ($1 profession; $2 the vacancy's grade, $3 the grade below; $4 its department): open to
 * move, in post, in its department or consenting to share their profile (two ranges of the covering index, so that
 * non-consenting people elsewhere are never read), at a grade and from a department they could move from as a kind it
 * offers, holding any clearance it needs.
 */
const POOL = (share: string, extra = '') => `
  SELECT p.person_id, p.grade, p.department_code, p.place_key, p.wanted_place_keys, p.departments_wanted,
         p.skills_to_develop, p.kinds_wanted_mask, p.free_to_move_from,
         coalesce(p.track_specialism_key = '' OR p.track_specialism_key = $8, false) AS aligned${extra}
    FROM person_read_model p
   WHERE p.profession = $1 AND p.grade = ANY (ARRAY[$2, $3]::text[]) AND p.open_to_move AND p.status = 'ACTIVE'
     AND ${share}
     AND ((p.grade = $2 AND CASE WHEN p.department_code = $4 THEN $6::boolean ELSE $5::boolean END)
          OR (p.grade = $3 AND $7::boolean))
     AND ($9::text[] IS NULL OR p.security_clearance = ANY ($9::text[]))`;

/**
 * scoreMatch's components but skills, computed as match.rules.ts computes them (README, "How matches are ranked"):
 * eligibility rounded half up in whole numbers, as Math.round does it (100 x (365 - days) / 365 is never exactly a half);
 * the candidates' profession is the vacancy's by the pool. $16 is the skills part for everyone who holds
 * none of the skills asked for: all of it when none are asked, else nothing.
 */
const BOUND_BUT_SKILLS = `
  200
  + CASE WHEN aligned THEN 50 ELSE 0 END
  + CASE WHEN wanted_place_keys && $10::text[] THEN 100 WHEN place_key = ANY ($10::text[]) THEN 80
         WHEN $11::boolean THEN 60 ELSE 0 END
  + CASE WHEN aligned AND grade = $3 THEN 100
         ELSE greatest(0, (200 * (365 - greatest(0, coalesce(free_to_move_from, $12::date) - $12::date)) + 365) / 730)
    END
  + CASE WHEN kinds_wanted_mask = 0 THEN 25
         WHEN kinds_wanted_mask & (CASE WHEN grade = $3 THEN 2 WHEN department_code = $4 THEN $14::int ELSE $13::int END) <> 0
         THEN 50 ELSE 0 END
  + CASE WHEN $4 = ANY (departments_wanted) THEN 50
         WHEN cardinality(departments_wanted) = 0 OR department_code = $4 THEN 25 ELSE 0 END
  + CASE WHEN skills_to_develop && $15::text[] THEN 50 ELSE 0 END`;

/**
 * The earliest eligibleFrom the person could have (today for a promotion that may be along their own track, which
 * the minimum term does not hold), as text: the second key of the ranking, so that rows come in its order.
 */
const ELIGIBLE_FROM = `(CASE WHEN aligned AND grade = $3 THEN $12::date
   ELSE greatest($12::date, free_to_move_from) END)::text`;

/**
 * The pool in two ranges of the covering index: people consenting to share their profile, and the department's own
 * who do not (so non-consenting people elsewhere are never read). A vacancy advertised to its own department only
 * draws on its own department alone: nobody else may see it, let alone be suggested for it.
 */
const poolOf = (ownDepartmentOnly: boolean) =>
  ownDepartmentOnly
    ? POOL('p.department_code = $4')
    : `${POOL('p.share_profile')} UNION ALL ${POOL('NOT p.share_profile AND p.department_code = $4')}`;

/** A vacancy asking for no skills: the bound is exact for everyone, one scan of the pool. */
const WITHOUT_SKILLS = (ownDepartmentOnly: boolean) => `
  SELECT person_id AS id, 0 AS first, ${BOUND_BUT_SKILLS} + $16::int AS bound, ${ELIGIBLE_FROM} AS "eligibleFrom"
    FROM (${poolOf(ownDepartmentOnly)}) pool
   ORDER BY bound DESC, "eligibleFrom", person_id
  OFFSET $17 LIMIT $18`;

/**
 * A vacancy asking for skills: the pool's rows count no skills points, which is exact for those who hold none of
 * them; those who hold any (found through the GIN index on skills, $19 a containment per skill asked) are read again
 * with their skills points computed as compareSkills and scoreMatch do ($20 codes, $21 levels' ranks, $22 weights,
 * $23 the level scale), and each person keeps their higher bound.
 */
const WITH_SKILLS = (ownDepartmentOnly: boolean) => `
  SELECT person_id AS id, 0 AS first, max(bound) AS bound, min(eligible_from) AS "eligibleFrom" FROM (
    SELECT person_id, ${BOUND_BUT_SKILLS} + $16::int AS bound, ${ELIGIBLE_FROM} AS eligible_from
      FROM (${poolOf(ownDepartmentOnly)}) pool
    UNION ALL
    SELECT person_id, ${BOUND_BUT_SKILLS} + (
             SELECT floor(${MATCH_WEIGHTS.skills} * sum(r.weight * CASE WHEN h.level IS NULL THEN 0
                      ELSE power(0.5, greatest(0, r.rank - coalesce(array_position($23::text[], h.level) - 1, -1))) END)
                    / sum(r.weight) + ${HALF_UP})::int
               FROM unnest($20::text[], $21::int[], $22::int[]) AS r (code, rank, weight)
               LEFT JOIN LATERAL (
                 SELECT s ->> 'level' AS level FROM jsonb_array_elements(held.skills) s
                  WHERE upper(s ->> 'skillCode') = r.code
                  LIMIT 1) h ON true) AS bound, ${ELIGIBLE_FROM} AS eligible_from
      FROM (${POOL(
        `${ownDepartmentOnly ? 'p.department_code = $4' : '(p.share_profile OR p.department_code = $4)'}
           AND p.skills @> ANY ($19::jsonb[])`,
        ', p.skills',
      )}) held
  ) bounds
  GROUP BY person_id
  ORDER BY bound DESC, "eligibleFrom", person_id
  OFFSET $17 LIMIT $18`;

const SHORTLISTS = {
  everyone: { withoutSkills: WITHOUT_SKILLS(false), withSkills: WITH_SKILLS(false) },
  ownDepartment: { withoutSkills: WITHOUT_SKILLS(true), withSkills: WITH_SKILLS(true) },
};

/** The shortlist's SQL for this vacancy: its parameters are candidateShortlistParameters'. */
export function candidateShortlistSql(vacancy: VacancyToMatch): string {
  const shortlists = vacancy.visibility === 'OWN_DEPARTMENT' ? SHORTLISTS.ownDepartment : SHORTLISTS.everyone;
  return vacancy.requiredSkills.length > 0 ? shortlists.withSkills : shortlists.withoutSkills;
}

export function candidateShortlistParameters(
  vacancy: VacancyToMatch,
  today: string,
  { offset, limit }: PageRequest,
): unknown[] {
  const { grades, clearanceLevels } = REFERENCE_ORDERS;
  const rank = grades.indexOf(vacancy.grade);
  const offered = vacancy.moveKinds;
  const away = SAME_GRADE_KINDS.filter((kind) => offered.includes(kind));
  const home = HOME_KINDS.filter((kind) => offered.includes(kind));
  // An unknown clearance asks for nothing matching can check, as eligibility.rule.ts reads it.
  const required =
    vacancy.clearanceRequired === undefined ? -1 : clearanceLevels.indexOf(vacancy.clearanceRequired);
  const codes = vacancy.requiredSkills.map((skill) => skill.skillCode.toUpperCase());
  const parameters: unknown[] = [
    vacancy.profession,
    rank >= 0 ? vacancy.grade : null,
    rank > 0 ? grades[rank - 1] : null,
    vacancy.departmentCode,
    away.length > 0,
    home.length > 0,
    offered.includes('PROMOTION'),
    vacancy.specialism ?? null,
    required >= 0 ? clearanceLevels.slice(required) : null,
    vacancy.locations.map(place),
    vacancy.remotePossible,
    today,
    maskOf(away),
    maskOf(home),
    codes,
    codes.length === 0 ? MATCH_WEIGHTS.skills : 0,
    offset,
    limit,
  ];
  if (codes.length === 0) return parameters;
  return [
    ...parameters,
    codes.map((skillCode) => JSON.stringify([{ skillCode }])),
    codes,
    vacancy.requiredSkills.map((skill) => DDAT_SKILL_LEVELS.indexOf(skill.minimumLevel)),
    vacancy.requiredSkills.map((skill) => (skill.essential ? 2 : 1)),
    DDAT_SKILL_LEVELS,
  ];
}
