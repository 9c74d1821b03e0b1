import { ConflictError, TypeOrmTransactionRunner, uniqueViolationConstraint } from '@civil/platform';
import { Injectable } from '@nestjs/common';
import { EntityManager, In } from 'typeorm';
import { EmploymentType, MoveKind } from '../domain/employment';
import { Grade } from '../domain/grade';
import { Person, PersonSnapshot } from '../domain/person.aggregate';
import { PersonRepository } from '../domain/person.repository';
import { PersonStatus } from '../domain/person-status';
import { PersonSkill, SkillLevel } from '../domain/skill';
import { PersonSkillOrmEntity, PersonSkillToDevelopOrmEntity } from './person-skill.orm-entity';
import { PersonOrmEntity } from './person.orm-entity';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

// Constraint names from the migration, mapped to the field a client should fix.
const CONFLICTS: Record<string, { field: string; reason: string }> = {
  person_staff_number_key: { field: 'staffNumber', reason: 'PERSON.STAFF_NUMBER_TAKEN' },
  person_work_email_key: { field: 'workEmail', reason: 'PERSON.WORK_EMAIL_TAKEN' },
};

const orUndefined = <T>(value: T | null): T | undefined => value ?? undefined;

function toDomain(row: PersonOrmEntity, skills: PersonSkill[], skillsToDevelop: string[]): Person {
  return Person.restore({
    id: row.id,
    staffNumber: row.staffNumber,
    givenName: row.givenName,
    familyName: row.familyName,
    workEmail: row.workEmail,
    departmentCode: row.departmentCode,
    grade: row.grade as Grade,
    profession: row.profession,
    specialistTrackCode: orUndefined(row.specialistTrackCode),
    specialistTrackJoinedOn: orUndefined(row.specialistTrackJoinedOn),
    location: orUndefined(row.location),
    fte: row.fte,
    employmentType: row.employmentType as EmploymentType,
    homeOrganisation: orUndefined(row.homeOrganisation),
    employmentEndsOn: orUndefined(row.employmentEndsOn),
    securityClearance: orUndefined(row.securityClearance),
    startedInPostOn: row.startedInPostOn,
    status: row.status as PersonStatus,
    awayOnMoveId: orUndefined(row.awayOnMoveId),
    leftOn: orUndefined(row.leftOn),
    skills,
    skillsToDevelop,
    preferences: {
      openToMove: row.openToMove,
      moveKindsWanted: row.moveKindsWanted as MoveKind[],
      departmentsWanted: row.departmentsWanted,
      locationsWanted: row.locationsWanted,
      ...(row.earliestMoveOn ? { earliestMoveOn: row.earliestMoveOn } : {}),
      shareProfileAcrossDepartments: row.shareProfileAcrossDepartments,
    },
    version: row.version,
  });
}

/** The person row's columns, without created_at (set once) and updated_at (set by the caller). */
function toColumns(person: PersonSnapshot) {
  const { preferences: p } = person;
  return {
    staffNumber: person.staffNumber,
    givenName: person.givenName,
    familyName: person.familyName,
    workEmail: person.workEmail,
    departmentCode: person.departmentCode,
    grade: person.grade,
    profession: person.profession,
    specialistTrackCode: person.specialistTrackCode ?? null,
    specialistTrackJoinedOn: person.specialistTrackJoinedOn ?? null,
    location: person.location ?? null,
    fte: person.fte,
    employmentType: person.employmentType,
    homeOrganisation: person.homeOrganisation ?? null,
    employmentEndsOn: person.employmentEndsOn ?? null,
    securityClearance: person.securityClearance ?? null,
    startedInPostOn: person.startedInPostOn,
    status: person.status,
    awayOnMoveId: person.awayOnMoveId ?? null,
    leftOn: person.leftOn ?? null,
    openToMove: p.openToMove,
    moveKindsWanted: p.moveKindsWanted,
    departmentsWanted: p.departmentsWanted,
    locationsWanted: p.locationsWanted,
    earliestMoveOn: p.earliestMoveOn ?? null,
    shareProfileAcrossDepartments: p.shareProfileAcrossDepartments,
    version: person.version,
  };
}

function mapUniqueViolation(error: unknown): never {
  const conflict = CONFLICTS[uniqueViolationConstraint(error) ?? ''];
  if (conflict)
    throw new ConflictError(`${conflict.field} is already registered`, conflict.reason, conflict.field);
  throw error;
}

@Injectable()
export class TypeOrmPersonRepository extends PersonRepository {
  constructor(private readonly transactions: TypeOrmTransactionRunner) {
    super();
  }

  async add(person: Person): Promise<void> {
    const snapshot = person.snapshot();
    const now = new Date();
    const manager = this.transactions.manager();
    try {
      await manager.insert(PersonOrmEntity, {
        id: snapshot.id,
        ...toColumns(snapshot),
        createdAt: now,
        updatedAt: now,
      });
    } catch (error) {
      mapUniqueViolation(error);
    }
    await this.replaceSkills(manager, snapshot);
  }

  /**
   * Optimistic concurrency in SQL: the row is written only if it still has the version the use case loaded. Two
   * concurrent updates from the same version: the second waits on the first's row lock, then finds the version moved
   * on and changes nothing, so it is refused with CONFLICT instead of silently overwriting.
   */
  async save(person: Person, loadedVersion: number): Promise<void> {
    const snapshot = person.snapshot();
    const manager = this.transactions.manager();
    let affected: number | undefined;
    try {
      ({ affected } = await manager.update(
        PersonOrmEntity,
        { id: snapshot.id, version: loadedVersion },
        { ...toColumns(snapshot), updatedAt: new Date() },
      ));
    } catch (error) {
      mapUniqueViolation(error);
    }
    if (affected !== 1)
      throw new ConflictError(
        `Person ${snapshot.id} was changed by someone else since version ${loadedVersion}; reload and retry`,
        'PERSON.VERSION_CONFLICT',
        'expectedVersion',
      );
    await this.replaceSkills(manager, snapshot);
  }

  async findById(id: string): Promise<Person | null> {
    const [person] = await this.findByIds([id]);
    return person ?? null;
  }

  async findByIds(ids: string[]): Promise<Person[]> {
    const valid = ids.filter((id) => UUID.test(id));
    if (valid.length === 0) return [];
    const manager = this.transactions.readManager();
    const rows = await manager.findBy(PersonOrmEntity, { id: In(valid) });
    if (rows.length === 0) return [];
    const personIds = rows.map((row) => row.id);
    const [skills, toDevelop] = await Promise.all([
      manager.find(PersonSkillOrmEntity, { where: { personId: In(personIds) }, order: { skillCode: 'ASC' } }),
      manager.find(PersonSkillToDevelopOrmEntity, {
        where: { personId: In(personIds) },
        order: { skillCode: 'ASC' },
      }),
    ]);
    return rows.map((row) =>
      toDomain(
        row,
        skills
          .filter((skill) => skill.personId === row.id)
          .map((skill) => ({
            skillCode: skill.skillCode,
            level: skill.level as SkillLevel,
            evidence: skill.evidence,
            ...(skill.lastUsedOn ? { lastUsedOn: skill.lastUsedOn } : {}),
          })),
        toDevelop.filter((skill) => skill.personId === row.id).map((skill) => skill.skillCode),
      ),
    );
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

  /** Skills are part of the aggregate: replaced as a whole, in the same transaction as the row. */
  private async replaceSkills(manager: EntityManager, person: PersonSnapshot): Promise<void> {
    await manager.delete(PersonSkillOrmEntity, { personId: person.id });
    await manager.delete(PersonSkillToDevelopOrmEntity, { personId: person.id });
    if (person.skills.length > 0)
      await manager.insert(
        PersonSkillOrmEntity,
        person.skills.map((skill) => ({
          personId: person.id,
          skillCode: skill.skillCode,
          level: skill.level,
          evidence: skill.evidence,
          lastUsedOn: skill.lastUsedOn ?? null,
        })),
      );
    if (person.skillsToDevelop.length > 0)
      await manager.insert(
        PersonSkillToDevelopOrmEntity,
        person.skillsToDevelop.map((skillCode) => ({ personId: person.id, skillCode })),
      );
  }
}
