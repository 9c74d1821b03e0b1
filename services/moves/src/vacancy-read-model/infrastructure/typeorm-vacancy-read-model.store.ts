import { TypeOrmTransactionRunner } from '@civil/platform';
import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { KnownVacancy } from '../application/known-vacancy';
import { VacancyReadModelStore } from '../application/vacancy-read-model.store';
import { VacancyReadModelOrmEntity } from './vacancy-read-model.orm-entity';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

// The WHERE on the update keeps the newer row when two deliveries race past the handler's version check.
const UPSERT = `
  INSERT INTO vacancy_read_model
    (vacancy_id, department_code, grade, profession, posts, fte_per_post, status, version, updated_at)
  VALUES ($1, $2, $3, $4, $5, $6, $7, $8, now())
  ON CONFLICT (vacancy_id) DO UPDATE SET
    department_code = EXCLUDED.department_code, grade = EXCLUDED.grade, profession = EXCLUDED.profession,
    posts = EXCLUDED.posts, fte_per_post = EXCLUDED.fte_per_post, status = EXCLUDED.status,
    version = EXCLUDED.version, updated_at = EXCLUDED.updated_at
  WHERE vacancy_read_model.version < EXCLUDED.version`;

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
      ]);
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
