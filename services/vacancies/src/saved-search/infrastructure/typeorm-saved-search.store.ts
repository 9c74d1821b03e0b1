import { TypeOrmTransactionRunner } from '@civil/platform';
import { Injectable } from '@nestjs/common';
import {
  RaisedAlert,
  SavedSearchStore,
  SavedSearchView,
  VacancyAlert,
} from '../application/saved-search.store';
import { SavedSearch } from '../domain/saved-search';
import { INSERT_ALERTS, MATCHING_SAVED_SEARCHES } from './saved-search.sql';

interface SavedSearchRow {
  id: string;
  person_id: string;
  name: string;
  saver_department_code: string | null;
  saver_sees_all_departments: boolean;
  department_codes: string[];
  professions: string[];
  grades: string[];
  move_kinds: string[];
  locations: string[];
  remote_only: boolean;
  skill_codes: string[];
  closing_after: string | null;
  search_text: string | null;
  created_at: Date;
  unread_alerts?: number;
}

const SAVED_SEARCH_COLUMNS = `s.id, s.person_id, s.name, s.saver_department_code, s.saver_sees_all_departments,
  s.department_codes, s.professions, s.grades, s.move_kinds, s.locations, s.remote_only, s.skill_codes,
  s.closing_after::text AS closing_after, s.search_text, s.created_at`;

const ALERT_COLUMNS = `a.id, a.saved_search_id AS "savedSearchId", s.name AS "savedSearchName", a.person_id AS "personId",
  a.vacancy_id AS "vacancyId", a.raised_at AS "raisedAt", a.read_at AS "readAt"`;

function toSavedSearch(row: SavedSearchRow): SavedSearch {
  const list = (values: string[]) => (values.length > 0 ? values : undefined);
  const filter = {
    departmentCodes: list(row.department_codes),
    professions: list(row.professions),
    grades: list(row.grades),
    moveKinds: list(row.move_kinds),
    locations: list(row.locations),
    remoteOnly: row.remote_only || undefined,
    skillCodes: list(row.skill_codes),
    closingAfter: row.closing_after ?? undefined,
    text: row.search_text ?? undefined,
  };
  return {
    id: row.id,
    personId: row.person_id,
    name: row.name,
    filter: Object.fromEntries(Object.entries(filter).filter(([, value]) => value !== undefined)),
    ...(row.saver_department_code !== null && { saverDepartmentCode: row.saver_department_code }),
    saverSeesAllDepartments: row.saver_sees_all_departments,
    createdAt: row.created_at,
  };
}

function toAlert(row: VacancyAlert & { readAt: Date | null }): VacancyAlert {
  const { readAt, ...alert } = row;
  return readAt === null ? alert : { ...alert, readAt };
}

@Injectable()
export class TypeOrmSavedSearchStore extends SavedSearchStore {
  constructor(private readonly transactions: TypeOrmTransactionRunner) {
    super();
  }

  private write<T = unknown>(text: string, values: unknown[]): Promise<T> {
    return this.transactions.manager().query(text, values);
  }

  private read<T>(text: string, values: unknown[]): Promise<T[]> {
    return this.transactions.readManager().query(text, values);
  }

  async lockPerson(personId: string): Promise<void> {
    await this.write(`SELECT pg_advisory_xact_lock(hashtextextended($1, 1795483400000))`, [personId]);
  }

  async countFor(personId: string): Promise<number> {
    const [row] = await this.read<{ n: number }>(
      `SELECT count(*)::int AS n FROM saved_search WHERE person_id = $1`,
      [personId],
    );
    return row.n;
  }

  async insert(search: SavedSearch): Promise<boolean> {
    const { filter } = search;
    const rows = await this.write<unknown[]>(
      `INSERT INTO saved_search (id, person_id, name, saver_department_code, saver_sees_all_departments,
         department_codes, professions, grades, move_kinds, locations, remote_only, skill_codes, closing_after,
         search_text, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)
       ON CONFLICT ON CONSTRAINT saved_search_name_per_person DO NOTHING
       RETURNING id`,
      [
        search.id,
        search.personId,
        search.name,
        search.saverDepartmentCode ?? null,
        search.saverSeesAllDepartments,
        filter.departmentCodes ?? [],
        filter.professions ?? [],
        filter.grades ?? [],
        filter.moveKinds ?? [],
        filter.locations ?? [],
        filter.remoteOnly ?? false,
        filter.skillCodes ?? [],
        filter.closingAfter ?? null,
        filter.text ?? null,
        search.createdAt,
      ],
    );
    return rows.length === 1;
  }

  async findById(id: string): Promise<SavedSearch | undefined> {
    const [row] = await this.read<SavedSearchRow>(
      `SELECT ${SAVED_SEARCH_COLUMNS} FROM saved_search s WHERE s.id = $1`,
      [id],
    );
    return row ? toSavedSearch(row) : undefined;
  }

  async delete(id: string): Promise<void> {
    await this.write(`DELETE FROM saved_search WHERE id = $1`, [id]);
  }

  async listFor(personId: string): Promise<SavedSearchView[]> {
    const rows = await this.read<SavedSearchRow>(
      `SELECT ${SAVED_SEARCH_COLUMNS},
         (SELECT count(*)::int FROM vacancy_alert a WHERE a.saved_search_id = s.id AND a.read_at IS NULL) AS unread_alerts
       FROM saved_search s WHERE s.person_id = $1 ORDER BY s.created_at, s.id`,
      [personId],
    );
    return rows.map((row) => ({ ...toSavedSearch(row), unreadAlerts: row.unread_alerts ?? 0 }));
  }

  async raiseAlerts(vacancyId: string, today: string, at: Date, newId: () => string): Promise<RaisedAlert[]> {
    const matches = await this.write<{ savedSearchId: string; personId: string }[]>(MATCHING_SAVED_SEARCHES, [
      vacancyId,
      today,
    ]);
    if (matches.length === 0) return [];
    return this.write<RaisedAlert[]>(INSERT_ALERTS, [
      matches.map(() => newId()),
      matches.map((match) => match.savedSearchId),
      matches.map((match) => match.personId),
      vacancyId,
      at,
    ]);
  }

  async alertsFor(
    personId: string,
    unreadOnly: boolean,
    limit: number,
    afterId?: string,
  ): Promise<VacancyAlert[]> {
    const rows = await this.read<VacancyAlert & { readAt: Date | null }>(
      `SELECT ${ALERT_COLUMNS}
       FROM vacancy_alert a JOIN saved_search s ON s.id = a.saved_search_id
       WHERE a.person_id = $1 ${unreadOnly ? 'AND a.read_at IS NULL' : ''} AND ($2::uuid IS NULL OR a.id < $2::uuid)
       ORDER BY a.id DESC
       LIMIT $3`,
      [personId, afterId ?? null, limit],
    );
    return rows.map(toAlert);
  }

  async findAlert(id: string): Promise<VacancyAlert | undefined> {
    const [row] = await this.read<VacancyAlert & { readAt: Date | null }>(
      `SELECT ${ALERT_COLUMNS} FROM vacancy_alert a JOIN saved_search s ON s.id = a.saved_search_id WHERE a.id = $1`,
      [id],
    );
    return row ? toAlert(row) : undefined;
  }

  async markRead(id: string, at: Date): Promise<void> {
    await this.write(`UPDATE vacancy_alert SET read_at = coalesce(read_at, $2) WHERE id = $1`, [id, at]);
  }

  async markAllRead(personId: string, at: Date): Promise<number> {
    const [, affected] = await this.write<[unknown[], number]>(
      `UPDATE vacancy_alert SET read_at = $2 WHERE person_id = $1 AND read_at IS NULL`,
      [personId, at],
    );
    return affected;
  }
}
