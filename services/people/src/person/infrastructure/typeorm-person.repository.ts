import { ConflictError, TypeOrmTransactionRunner, uniqueViolationConstraint } from '@civil/platform';
import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { Grade } from '../domain/grade';
import { Person, PersonSnapshot } from '../domain/person.aggregate';
import { PersonRepository } from '../domain/person.repository';
import { PersonStatus } from '../domain/person-status';
import { PersonOrmEntity } from './person.orm-entity';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

// Constraint names from the migration, mapped to the field a client should fix.
const CONFLICTS: Record<string, { field: string; reason: string }> = {
  person_staff_number_key: { field: 'staffNumber', reason: 'PERSON.STAFF_NUMBER_TAKEN' },
  person_work_email_key: { field: 'workEmail', reason: 'PERSON.WORK_EMAIL_TAKEN' },
};

function toDomain({ createdAt: _created, updatedAt: _updated, ...row }: PersonOrmEntity): Person {
  return Person.restore({
    ...row,
    grade: row.grade as Grade,
    status: row.status as PersonStatus,
    location: row.location ?? undefined,
  });
}

function toRow(person: PersonSnapshot, now: Date): PersonOrmEntity {
  return Object.assign(new PersonOrmEntity(), {
    ...person,
    location: person.location ?? null,
    createdAt: now,
    updatedAt: now,
  });
}

@Injectable()
export class TypeOrmPersonRepository extends PersonRepository {
  constructor(private readonly transactions: TypeOrmTransactionRunner) {
    super();
  }

  async add(person: Person): Promise<void> {
    try {
      await this.transactions.manager().insert(PersonOrmEntity, toRow(person.snapshot(), new Date()));
    } catch (error) {
      const conflict = CONFLICTS[uniqueViolationConstraint(error) ?? ''];
      if (conflict)
        throw new ConflictError(`${conflict.field} is already registered`, conflict.reason, conflict.field);
      throw error;
    }
  }

  async findById(id: string): Promise<Person | null> {
    if (!UUID.test(id)) return null;
    const row = await this.transactions.readManager().findOneBy(PersonOrmEntity, { id });
    return row ? toDomain(row) : null;
  }

  async findByIds(ids: string[]): Promise<Person[]> {
    const valid = ids.filter((id) => UUID.test(id));
    if (valid.length === 0) return [];
    return (await this.transactions.readManager().findBy(PersonOrmEntity, { id: In(valid) })).map(toDomain);
  }

  async findTaken(staffNumber: string, workEmail: string) {
    const rows = await this.transactions.readManager().find(PersonOrmEntity, {
      select: { staffNumber: true, workEmail: true },
      where: [{ staffNumber }, { workEmail }],
    });
    return {
      staffNumber: rows.some((row) => row.staffNumber === staffNumber),
      workEmail: rows.some((row) => row.workEmail === workEmail),
    };
  }
}
