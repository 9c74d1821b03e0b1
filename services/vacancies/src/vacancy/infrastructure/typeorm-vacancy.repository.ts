import { ConflictError, TypeOrmTransactionRunner } from '@civil/platform';
import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { Grade } from '../domain/grade';
import { Vacancy, VacancySnapshot } from '../domain/vacancy.aggregate';
import { VacancyRepository } from '../domain/vacancy.repository';
import { VacancyStatus } from '../domain/vacancy-status';
import { Clearance, RequiredSkill, VacancyMoveKind, VacancyVisibility } from '../domain/vacancy-values';
import { VacancyOrmEntity } from './vacancy.orm-entity';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function toDomain({ updatedAt: _updated, skillCodes: _codes, ...row }: VacancyOrmEntity): Vacancy {
  return Vacancy.restore({
    ...row,
    grade: row.grade as Grade,
    moveKinds: row.moveKinds as VacancyMoveKind[],
    requiredSkills: row.requiredSkills as RequiredSkill[],
    clearanceRequired: row.clearanceRequired as Clearance | null,
    visibility: row.visibility as VacancyVisibility,
    status: row.status as VacancyStatus,
  });
}

function toRow(vacancy: VacancySnapshot, now: Date): VacancyOrmEntity {
  return Object.assign(new VacancyOrmEntity(), {
    ...vacancy,
    skillCodes: vacancy.requiredSkills.map((skill) => skill.skillCode),
    updatedAt: now,
  });
}

@Injectable()
export class TypeOrmVacancyRepository extends VacancyRepository {
  constructor(private readonly transactions: TypeOrmTransactionRunner) {
    super();
  }

  async add(vacancy: Vacancy): Promise<void> {
    const snapshot = vacancy.snapshot();
    await this.transactions.manager().insert(VacancyOrmEntity, toRow(snapshot, snapshot.createdAt));
  }

  async save(vacancy: Vacancy, loadedVersion: number): Promise<void> {
    const { id: _id, createdAt: _created, ...row } = toRow(vacancy.snapshot(), new Date());
    const { affected } = await this.transactions
      .manager()
      .update(VacancyOrmEntity, { id: vacancy.id, version: loadedVersion }, row);
    if (affected !== 1)
      throw new ConflictError(
        `Vacancy ${vacancy.id} was changed by someone else since version ${loadedVersion}; reload and retry`,
        'VACANCY.VERSION_CONFLICT',
        'expectedVersion',
      );
  }

  async findById(id: string): Promise<Vacancy | null> {
    if (!UUID.test(id)) return null;
    const row = await this.transactions.readManager().findOneBy(VacancyOrmEntity, { id });
    return row ? toDomain(row) : null;
  }

  async lockById(id: string): Promise<Vacancy | null> {
    if (!UUID.test(id)) return null;
    const row = await this.transactions
      .manager()
      .findOne(VacancyOrmEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
    return row ? toDomain(row) : null;
  }

  async findByIds(ids: string[]): Promise<Vacancy[]> {
    const valid = ids.filter((id) => UUID.test(id));
    if (valid.length === 0) return [];
    return (await this.transactions.readManager().findBy(VacancyOrmEntity, { id: In(valid) })).map(toDomain);
  }

  async lockOpenClosingBefore(today: string, limit: number): Promise<Vacancy[]> {
    const rows = await this.transactions
      .manager()
      .createQueryBuilder(VacancyOrmEntity, 'vacancy')
      .where(`vacancy.status = 'OPEN' AND vacancy.closing_date < :today`, { today })
      .orderBy('vacancy.closing_date')
      .limit(limit)
      .setLock('pessimistic_write')
      .setOnLocked('skip_locked')
      .getMany();
    return rows.map(toDomain);
  }
}
