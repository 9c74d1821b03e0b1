import { TypeOrmTransactionRunner } from '@civil/platform';
import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { KnownVacancy, KnownVacancyDetails } from '../application/known-vacancy';
import { VacancyReadModelStore } from '../application/vacancy-read-model.store';
import { VacancyReadModelOrmEntity } from './vacancy-read-model.orm-entity';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

// The WHERE on the update keeps the newer row when two deliveries race past the handler's version check.
const UPSERT = `
  INSERT INTO vacancy_read_model
    (vacancy_id, department_code, grade, profession, posts, fte_per_post, status, version, updated_at, title,
     specialism, move_kinds, locations, remote_possible, required_skills, behaviours, clearance_required, closing_date,
     duration_months, hours_per_week, visibility)
  VALUES ($1, $2, $3, $4, $5, $6, $7, $8, now(), $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20)
  ON CONFLICT (vacancy_id) DO UPDATE SET
    department_code = EXCLUDED.department_code, grade = EXCLUDED.grade, profession = EXCLUDED.profession,
    posts = EXCLUDED.posts, fte_per_post = EXCLUDED.fte_per_post, status = EXCLUDED.status,
    version = EXCLUDED.version, updated_at = EXCLUDED.updated_at, title = EXCLUDED.title,
    specialism = EXCLUDED.specialism, move_kinds = EXCLUDED.move_kinds, locations = EXCLUDED.locations,
    remote_possible = EXCLUDED.remote_possible, required_skills = EXCLUDED.required_skills,
    behaviours = EXCLUDED.behaviours, clearance_required = EXCLUDED.clearance_required,
    closing_date = EXCLUDED.closing_date, duration_months = EXCLUDED.duration_months,
    hours_per_week = EXCLUDED.hours_per_week, visibility = EXCLUDED.visibility
  WHERE vacancy_read_model.version < EXCLUDED.version`;

const detailColumns = (d: KnownVacancyDetails | undefined) => [
  d?.title ?? null,
  d?.specialism ?? null,
  d?.moveKinds ?? [],
  d?.locations ?? [],
  d?.remotePossible ?? false,
  JSON.stringify(d?.requiredSkills ?? []),
  d?.behaviours ?? [],
  d?.clearanceRequired ?? null,
  d?.closingDate ?? null,
  d?.durationMonths ?? null,
  d?.hoursPerWeek ?? null,
  d?.visibility ?? 'ALL_DEPARTMENTS',
];

@Injectable()
export class TypeOrmVacancyReadModelStore extends VacancyReadModelStore {
  constructor(private readonly transactions: TypeOrmTransactionRunner) {
    super();
  }

  async versionOf(vacancyId: string): Promise<number | undefined> {
    const row = await this.transactions
      .readManager()
      .findOne(VacancyReadModelOrmEntity, { select: { version: true }, where: { vacancyId } });
    return row?.version;
  }

  async save(v: KnownVacancy): Promise<void> {
    await this.transactions
      .manager()
      .query(UPSERT, [
        v.vacancyId,
        v.departmentCode,
        v.grade,
        v.profession,
        v.posts,
        v.ftePerPost,
        v.status,
        v.version,
        ...detailColumns(v.details),
      ]);
  }

  async saveStatus(vacancyId: string, status: string, version: number): Promise<boolean> {
    const [rows] = await this.transactions.manager().query(
      `UPDATE vacancy_read_model SET status = $2, version = $3, updated_at = now()
         WHERE vacancy_id = $1 AND version < $3 RETURNING vacancy_id`,
      [vacancyId, status, version],
    );
    return (rows as unknown[]).length === 1;
  }

  async knownIds(vacancyIds: string[]): Promise<Set<string>> {
    const valid = vacancyIds.filter((id) => UUID.test(id));
    if (valid.length === 0) return new Set();
    const rows = await this.transactions
      .readManager()
      .find(VacancyReadModelOrmEntity, { select: { vacancyId: true }, where: { vacancyId: In(valid) } });
    return new Set(rows.map((row) => row.vacancyId));
  }

  count(): Promise<number> {
    return this.transactions.readManager().count(VacancyReadModelOrmEntity);
  }
}
