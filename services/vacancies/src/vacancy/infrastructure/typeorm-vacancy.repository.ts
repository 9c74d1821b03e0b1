import { TypeOrmTransactionRunner } from '@civil/platform';
import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { Grade } from '../domain/grade';
import { Vacancy, VacancySnapshot } from '../domain/vacancy.aggregate';
import { VacancyRepository } from '../domain/vacancy.repository';
import { VacancyStatus } from '../domain/vacancy-status';
import { VacancyOrmEntity } from './vacancy.orm-entity';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function toDomain({ createdAt: _created, updatedAt: _updated, ...row }: VacancyOrmEntity): Vacancy {
  return Vacancy.restore({ ...row, grade: row.grade as Grade, status: row.status as VacancyStatus });
}

function toRow(vacancy: VacancySnapshot, now: Date): VacancyOrmEntity {
  return Object.assign(new VacancyOrmEntity(), { ...vacancy, createdAt: now, updatedAt: now });
}

@Injectable()
export class TypeOrmVacancyRepository extends VacancyRepository {
  constructor(private readonly transactions: TypeOrmTransactionRunner) {
    super();
  }

  async add(vacancy: Vacancy): Promise<void> {
    await this.transactions.manager().insert(VacancyOrmEntity, toRow(vacancy.snapshot(), new Date()));
  }

  async findById(id: string): Promise<Vacancy | null> {
    if (!UUID.test(id)) return null;
    const row = await this.transactions.readManager().findOneBy(VacancyOrmEntity, { id });
    return row ? toDomain(row) : null;
  }

  async findByIds(ids: string[]): Promise<Vacancy[]> {
    const valid = ids.filter((id) => UUID.test(id));
    if (valid.length === 0) return [];
    return (await this.transactions.readManager().findBy(VacancyOrmEntity, { id: In(valid) })).map(toDomain);
  }
}
