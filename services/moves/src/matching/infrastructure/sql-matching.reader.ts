import { TypeOrmTransactionRunner } from '@civil/platform';
import { Injectable } from '@nestjs/common';
import { isFinal, MOVE_STATUSES } from '../../move/domain/move-status';
import { MatchPerson } from '../domain/match.types';
import {
  CandidateToMatch,
  MatchingReader,
  PageRequest,
  ShortlistPage,
  ShortlistRow,
  VacancyToMatch,
} from '../application/matching.reader';
import { candidateShortlistParameters, candidateShortlistSql } from './candidate-shortlist.sql';
import {
  PERSON_COLUMNS,
  PersonRow,
  toCandidate,
  toMatchPerson,
  toVacancy,
  VACANCY_COLUMNS,
  VacancyRow,
} from './matching-rows';
import { OPPORTUNITY_SHORTLIST, opportunityShortlistParameters } from './opportunity-shortlist.sql';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
// A move of theirs that has not ended, been refused or withdrawn: they are moving already.
const LIVE_MOVE_STATUSES = MOVE_STATUSES.filter((status) => !isFinal(status));
const movingOf = (statuses: string) =>
  `EXISTS (SELECT 1 FROM move m WHERE m.person_id = p.person_id AND m.status = ANY (${statuses}))`;

/** Matching's reads, from moves' read models (migration 1795490100000 has the indexes they rely on). */
@Injectable()
export class SqlMatchingReader extends MatchingReader {
  constructor(private readonly transactions: TypeOrmTransactionRunner) {
    super();
  }

  async person(personId: string): Promise<MatchPerson | undefined> {
    if (!UUID.test(personId)) return undefined;
    const [row] = await this.query<PersonRow>(
      `SELECT ${PERSON_COLUMNS} FROM person_read_model p WHERE p.person_id = $1`,
      [personId],
    );
    return row && toMatchPerson(row);
  }

  async vacancy(vacancyId: string): Promise<VacancyToMatch | undefined> {
    if (!UUID.test(vacancyId)) return undefined;
    const [row] = await this.query<VacancyRow>(
      `SELECT ${VACANCY_COLUMNS} FROM vacancy_read_model v WHERE v.vacancy_id = $1`,
      [vacancyId],
    );
    return row && toVacancy(row);
  }

  async opportunityShortlist(
    person: MatchPerson,
    today: string,
    page: PageRequest,
  ): Promise<ShortlistPage<VacancyToMatch>> {
    const rows = await this.query<ShortlistRow & VacancyRow & { closingDate: string | null }>(
      `WITH page AS (${OPPORTUNITY_SHORTLIST})
       SELECT page.*, ${VACANCY_COLUMNS} FROM page JOIN vacancy_read_model v ON v.vacancy_id = page.id
        ORDER BY page.first DESC, page.bound DESC, page."closingDate" ASC NULLS LAST, page.id`,
      opportunityShortlistParameters(person, today, page),
    );
    return {
      rows: rows.map((row) => ({
        id: row.id,
        first: row.first,
        bound: row.bound,
        closingDate: row.closingDate ?? undefined,
        item: toVacancy(row),
      })),
      last: rows.length < page.limit,
    };
  }

  async opportunities(vacancyIds: string[]): Promise<VacancyToMatch[]> {
    if (vacancyIds.length === 0) return [];
    const rows = await this.query<VacancyRow>(
      `SELECT ${VACANCY_COLUMNS} FROM vacancy_read_model v WHERE v.vacancy_id = ANY ($1::uuid[])`,
      [vacancyIds],
    );
    return rows.map(toVacancy);
  }

  async candidateShortlist(
    vacancy: VacancyToMatch,
    today: string,
    page: PageRequest,
  ): Promise<ShortlistPage<CandidateToMatch>> {
    const parameters = candidateShortlistParameters(vacancy, today, page);
    const live = `$${parameters.length + 1}::text[]`;
    const rows = await this.query<ShortlistRow & PersonRow>(
      `WITH page AS (${candidateShortlistSql(vacancy)})
       SELECT page.*, ${PERSON_COLUMNS}, ${movingOf(live)} AS moving
         FROM page JOIN person_read_model p ON p.person_id = page.id
        ORDER BY page.bound DESC, page."eligibleFrom", page.id`,
      [...parameters, LIVE_MOVE_STATUSES],
    );
    return {
      rows: rows.map((row) => ({
        id: row.id,
        first: row.first,
        bound: row.bound,
        eligibleFrom: row.eligibleFrom,
        item: toCandidate(row),
      })),
      last: rows.length < page.limit,
    };
  }

  async candidates(personIds: string[]): Promise<CandidateToMatch[]> {
    if (personIds.length === 0) return [];
    const rows = await this.query<PersonRow>(
      `SELECT ${PERSON_COLUMNS},
              ${movingOf('$2::text[]')} AS moving
         FROM person_read_model p WHERE p.person_id = ANY ($1::uuid[])`,
      [personIds, LIVE_MOVE_STATUSES],
    );
    return rows.map(toCandidate);
  }

  private query<T>(sql: string, parameters: unknown[]): Promise<T[]> {
    return this.transactions.readManager().query(sql, parameters);
  }
}
