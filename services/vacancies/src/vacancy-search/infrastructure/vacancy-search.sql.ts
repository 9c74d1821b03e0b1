import { VacancySearchScope } from '@civil/auth';
import {
  VacancyOrder,
  VacancySearchCriteria,
  VacancySearchPosition,
} from '../application/vacancy-search.criteria';

export interface SqlQuery {
  text: string;
  values: unknown[];
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
    return `WHERE ${this.parts.join('\n    AND ')}`;
  }
}

/** SEARCH_VACANCIES as SQL (search-vacancies.policy.spec.ts checks the scope agrees with the policy). */
function scopeCondition(scope: VacancySearchScope, conditions: Conditions): string | undefined {
  if (scope.kind === 'everyone') return undefined;
  if (scope.kind === 'nobody') return 'FALSE';
  if (scope.departmentCode === undefined) return `v.visibility = 'ALL_DEPARTMENTS'`;
  return `(v.visibility = 'ALL_DEPARTMENTS' OR v.department_code = ${conditions.param(scope.departmentCode)})`;
}

interface Filtered {
  conditions: Conditions;
  /** The tsquery expression when the search has words: ranking repeats it. */
  query?: string;
}

/**
 * Open, not past its closing date, visible to the caller, and every criterion. `status = 'OPEN'` is a literal on
 * purpose: the search indexes are partial (WHERE status = 'OPEN'), and only a literal lets the planner use them.
 */
function filtered(criteria: VacancySearchCriteria, scope: VacancySearchScope, today: string): Filtered {
  const conditions = new Conditions();
  const scoped = scopeCondition(scope, conditions);
  if (scoped) conditions.add(scoped);
  conditions.add(`v.status = 'OPEN'`);
  conditions.add(`v.closing_date >= ${conditions.param(today)}::date`);
  // One value is the common case: `=` lets the planner use a btree on the column.
  const oneOrAny = (column: string, values: string[]) =>
    values.length === 1
      ? `${column} = ${conditions.param(values[0])}`
      : `${column} = ANY(${conditions.param(values)}::text[])`;
  if (criteria.departmentCodes) conditions.add(oneOrAny('v.department_code', criteria.departmentCodes));
  if (criteria.professions) conditions.add(oneOrAny('v.profession', criteria.professions));
  if (criteria.grades) conditions.add(oneOrAny('v.grade', criteria.grades));
  // Overlap (&&): "offers any of these", and the GIN indexes on the arrays answer it.
  if (criteria.moveKinds) conditions.add(`v.move_kinds && ${conditions.param(criteria.moveKinds)}::text[]`);
  if (criteria.locations) conditions.add(`v.locations && ${conditions.param(criteria.locations)}::text[]`);
  if (criteria.skillCodes)
    conditions.add(`v.skill_codes && ${conditions.param(criteria.skillCodes)}::text[]`);
  if (criteria.remoteOnly) conditions.add('v.remote_possible');
  if (criteria.closingAfter !== undefined)
    conditions.add(`v.closing_date > ${conditions.param(criteria.closingAfter)}::date`);
  if (criteria.text === undefined) return { conditions };
  const query = `websearch_to_tsquery('english', ${conditions.param(criteria.text)})`;
  conditions.add(`v.search_document @@ ${query}`);
  return { conditions, query };
}

interface OrderSql {
  key: string;
  keyText: string;
  direction: 'ASC' | 'DESC';
  /** The key as a parameter is cast back to the key's type. */
  cast: string;
}

function orderSql(order: VacancyOrder, query: string | undefined): OrderSql {
  if (order === 'RELEVANCE' && query) {
    // ts_rank is a real: its text form is the shortest that reads back to the same real, so the cursor is exact.
    const rank = `ts_rank(v.search_document, ${query})`;
    return { key: rank, keyText: `${rank}::text`, direction: 'DESC', cast: 'real' };
  }
  if (order === 'CLOSING_DATE')
    return { key: 'v.closing_date', keyText: 'v.closing_date::text', direction: 'ASC', cast: 'date' };
  // NEWEST, and RELEVANCE without words to rank by.
  return { key: 'v.published_at', keyText: 'v.published_at::text', direction: 'DESC', cast: 'timestamptz' };
}

/**
 * One page of positions after `after`. Keyset pagination on (key, id), both in the order's direction: the id breaks
 * ties (many vacancies close on the same day), so no vacancy is skipped or repeated between pages, and page 50 costs
 * what page 1 does.
 */
export function vacancySearchPage(
  criteria: VacancySearchCriteria,
  scope: VacancySearchScope,
  today: string,
  order: VacancyOrder,
  limit: number,
  after?: VacancySearchPosition,
): SqlQuery {
  const { conditions, query } = filtered(criteria, scope, today);
  const { key, keyText, direction, cast } = orderSql(order, query);
  if (after)
    conditions.add(
      `(${key}, v.id) ${direction === 'ASC' ? '>' : '<'} (${conditions.param(after.key)}::${cast}, ${conditions.param(
        after.id,
      )}::uuid)`,
    );
  const text = `
  SELECT v.id, ${keyText} AS key
  FROM vacancy v
  ${conditions.where()}
  ORDER BY ${key} ${direction}, v.id ${direction}
  LIMIT ${conditions.param(limit)}`;
  return { text, values: conditions.values };
}

/** How many vacancies the whole search finds: run only when a client asks for `totalCount`. */
export function vacancySearchCount(
  criteria: VacancySearchCriteria,
  scope: VacancySearchScope,
  today: string,
): SqlQuery {
  const { conditions } = filtered(criteria, scope, today);
  return {
    text: `SELECT count(*)::int AS total FROM vacancy v ${conditions.where()}`,
    values: conditions.values,
  };
}
