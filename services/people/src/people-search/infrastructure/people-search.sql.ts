import { PeopleSearchScope } from '@civil/auth';
import { SKILL_LEVELS } from '../../person/domain/skill';
import { PeopleSearchCriteria, PeopleSearchPosition } from '../application/people-search.criteria';

export interface SqlQuery {
  text: string;
  values: unknown[];
}

/** Who a search finds when it names no status: everyone who has not left. */
export const CURRENT_STATUSES = ['ACTIVE', 'ON_LOAN', 'ON_SECONDMENT'];

// The expression the trigram index (1795482000000-people-search-indexes) is built on: the query must repeat it exactly.
const FULL_NAME = `(p.given_name || ' ' || p.family_name)`;

/** `%`, `_` and `\` in what a user typed are letters, not ILIKE wildcards. */
function likeContains(word: string): string {
  return `%${word.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
}

/** Collects the WHERE conditions and their parameters, numbering `$n` as it goes. */
class Conditions {
  readonly values: unknown[] = [];
  private readonly parts: string[] = [];

  param(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }

  add(condition: string): void {
    this.parts.push(condition);
  }

  where(): string {
    return this.parts.length === 0 ? '' : `WHERE ${this.parts.join('\n    AND ')}`;
  }
}

/**
 * The identity's scope as SQL (SEARCH_PEOPLE's rule; the policy's spec checks the scope agrees with the rule). Consent
 * only reaches people who have not left.
 */
function scopeCondition(scope: PeopleSearchScope, conditions: Conditions): string | undefined {
  if (scope.kind === 'everyone') return undefined;
  if (scope.kind === 'nobody') return 'FALSE';
  const shared = `(p.share_profile_across_departments AND p.status <> 'LEFT')`;
  const department =
    scope.departmentCode === undefined
      ? undefined
      : `p.department_code = ${conditions.param(scope.departmentCode)}`;
  if (department && scope.shared) return `(${department} OR ${shared})`;
  return department ?? (scope.shared ? shared : 'FALSE');
}

/**
 * People holding every skill asked for, at its level or above ("at or above" as the list of levels that qualify, so the
 * (skill_code, level, person_id) index answers each alone). Materialised on purpose: holders of a skill are usually a
 * few hundred to a few thousand people scattered through the name order, and left to itself the planner walks that
 * order probing each person's skills (hundreds of ms at 520,000 people) instead of fetching the holders and sorting
 * them (milliseconds).
 */
function skilledPeople(criteria: PeopleSearchCriteria, conditions: Conditions): string | undefined {
  if (!criteria.skills?.length) return undefined;
  const holders = criteria.skills.map(
    (skill) =>
      `SELECT s.person_id FROM person_skill s WHERE s.skill_code = ${conditions.param(skill.skillCode)} ` +
      `AND s.level = ANY(${conditions.param(SKILL_LEVELS.slice(SKILL_LEVELS.indexOf(skill.minimumLevel)))}::text[])`,
  );
  return `WITH skilled AS MATERIALIZED (${holders.join(' INTERSECT ')})`;
}

interface Filtered {
  conditions: Conditions;
  /** The WITH clause and FROM list the conditions apply to. */
  with: string;
  from: string;
}

function filtered(criteria: PeopleSearchCriteria, scope: PeopleSearchScope): Filtered {
  const conditions = filterConditions(criteria, scope);
  const skilled = skilledPeople(criteria, conditions);
  return skilled
    ? { conditions, with: skilled, from: 'skilled JOIN person p ON p.id = skilled.person_id' }
    : { conditions, with: '', from: 'person p' };
}

function filterConditions(criteria: PeopleSearchCriteria, scope: PeopleSearchScope): Conditions {
  const conditions = new Conditions();
  const scoped = scopeCondition(scope, conditions);
  if (scoped) conditions.add(scoped);
  const statuses = criteria.statuses ?? CURRENT_STATUSES;
  conditions.add(
    statuses.length === 1
      ? `p.status = ${conditions.param(statuses[0])}`
      : `p.status = ANY(${conditions.param(statuses)}::text[])`,
  );
  // One value is the common case: `=` lets the planner use the (department_code, family_name, ...) index in order.
  const oneOrAny = (column: string, values: string[]) =>
    values.length === 1
      ? `${column} = ${conditions.param(values[0])}`
      : `${column} = ANY(${conditions.param(values)}::text[])`;
  if (criteria.departmentCodes) conditions.add(oneOrAny('p.department_code', criteria.departmentCodes));
  if (criteria.grades) conditions.add(oneOrAny('p.grade', criteria.grades));
  if (criteria.profession !== undefined)
    conditions.add(`p.profession = ${conditions.param(criteria.profession)}`);
  if (criteria.specialistTrackCode !== undefined)
    conditions.add(`p.specialist_track_code = ${conditions.param(criteria.specialistTrackCode)}`);
  if (criteria.openToMove !== undefined)
    conditions.add(`p.open_to_move = ${conditions.param(criteria.openToMove)}::boolean`);
  for (const word of (criteria.name ?? '').split(/\s+/).filter(Boolean))
    conditions.add(`${FULL_NAME} ILIKE ${conditions.param(likeContains(word))}`);
  return conditions;
}

/**
 * One page of a search: the positions of up to `limit` people after `after`, in (family name, given name, id) order.
 * Keyset pagination: the page costs the same on page 1 and page 5,000, and rows written meanwhile never shift it.
 */
export function peopleSearchPage(
  criteria: PeopleSearchCriteria,
  scope: PeopleSearchScope,
  limit: number,
  after?: PeopleSearchPosition,
): SqlQuery {
  const { conditions, with: withClause, from } = filtered(criteria, scope);
  if (after)
    conditions.add(
      `(p.family_name, p.given_name, p.id) > (${conditions.param(after.familyName)}, ${conditions.param(
        after.givenName,
      )}, ${conditions.param(after.id)}::uuid)`,
    );
  const text = `${withClause}
  SELECT p.id, p.family_name AS "familyName", p.given_name AS "givenName"
  FROM ${from}
  ${conditions.where()}
  ORDER BY p.family_name, p.given_name, p.id
  LIMIT ${conditions.param(limit)}`;
  return { text, values: conditions.values };
}

/**
 * The same page for several departments in one statement (`Department.people` for a list of departments): each
 * department's page is its own keyset scan of the (department_code, family_name, given_name, id) index, through LATERAL.
 * `criteria.departmentCodes` is ignored: the caller passes only the departments the filter allows.
 */
export function departmentPeoplePages(
  departmentCodes: string[],
  criteria: PeopleSearchCriteria,
  scope: PeopleSearchScope,
  limit: number,
  after?: PeopleSearchPosition,
): SqlQuery {
  const { conditions, with: withClause, from } = filtered({ ...criteria, departmentCodes: undefined }, scope);
  conditions.add('p.department_code = d.code');
  if (after)
    conditions.add(
      `(p.family_name, p.given_name, p.id) > (${conditions.param(after.familyName)}, ${conditions.param(
        after.givenName,
      )}, ${conditions.param(after.id)}::uuid)`,
    );
  const text = `${withClause}
  SELECT d.code AS "departmentCode", page.id, page."familyName", page."givenName"
  FROM unnest(${conditions.param(departmentCodes)}::text[]) AS d(code)
  CROSS JOIN LATERAL (
    SELECT p.id, p.family_name AS "familyName", p.given_name AS "givenName"
    FROM ${from}
    ${conditions.where()}
    ORDER BY p.family_name, p.given_name, p.id
    LIMIT ${conditions.param(limit)}
  ) page
  ORDER BY d.code, page."familyName", page."givenName", page.id`;
  return { text, values: conditions.values };
}

/** How many people the whole search finds (not just this page): run only when a client asks for `totalCount`. */
export function peopleSearchCount(criteria: PeopleSearchCriteria, scope: PeopleSearchScope): SqlQuery {
  const conditions = filterConditions(criteria, scope);
  return {
    text: `SELECT count(*)::int AS total FROM person p ${conditions.where()}`,
    values: conditions.values,
  };
}

/** The statuses headcount counts: on the department's books, including those away on loan or secondment. */
export const HEADCOUNT_STATUSES = ['ACTIVE', 'ON_LOAN', 'ON_SECONDMENT'];

/** People and FTE per department, for many departments in one statement (the DataLoader's batch). */
export function departmentHeadcounts(
  departmentCodes: string[],
  filter: { profession?: string; grade?: string },
): SqlQuery {
  const conditions = new Conditions();
  conditions.add(`p.department_code = ANY(${conditions.param(departmentCodes)}::text[])`);
  conditions.add(`p.status = ANY(${conditions.param(HEADCOUNT_STATUSES)}::text[])`);
  if (filter.profession !== undefined)
    conditions.add(`p.profession = ${conditions.param(filter.profession)}`);
  if (filter.grade !== undefined) conditions.add(`p.grade = ${conditions.param(filter.grade)}`);
  const text = `
  SELECT p.department_code AS "departmentCode", count(*)::int AS people, coalesce(sum(p.fte), 0)::text AS fte
  FROM person p
  ${conditions.where()}
  GROUP BY p.department_code`;
  return { text, values: conditions.values };
}
