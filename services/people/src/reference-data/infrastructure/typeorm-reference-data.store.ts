import { TypeOrmTransactionRunner } from '@civil/platform';
import { Injectable } from '@nestjs/common';
import { EntityManager, In } from 'typeorm';
import { Profession, Skill, SkillKind, SpecialistTrack } from '../domain/reference-data.types';
import {
  ReferenceDataChange,
  ReferenceDataSnapshot,
  ReferenceDataStore,
} from '../application/reference-data.store';
import {
  ClearanceLevelOrmEntity,
  GradeOrmEntity,
  ProfessionOrmEntity,
  SkillOrmEntity,
  SpecialistTrackOrmEntity,
} from './reference-data.orm-entities';

const toTrack = (row: SpecialistTrackOrmEntity): SpecialistTrack => ({
  ...row,
  gradeLadder: [...row.gradeLadder],
});

@Injectable()
export class TypeOrmReferenceDataStore extends ReferenceDataStore {
  constructor(private readonly transactions: TypeOrmTransactionRunner) {
    super();
  }

  /** One repeatable-read transaction, so the lists and the version belong together. */
  async load(): Promise<ReferenceDataSnapshot> {
    const current = this.transactions.readManager();
    const read = async (manager: EntityManager): Promise<ReferenceDataSnapshot> => {
      // One after the other: a transaction is one connection, which runs one query at a time anyway.
      const version = await manager.query(`SELECT version FROM reference_data_version`);
      const grades = await manager.find(GradeOrmEntity, { order: { rank: 'ASC' } });
      const professions = await manager.find(ProfessionOrmEntity, { order: { name: 'ASC' } });
      const skills = await manager.find(SkillOrmEntity, { order: { code: 'ASC' } });
      const clearanceLevels = await manager.find(ClearanceLevelOrmEntity, { order: { rank: 'ASC' } });
      const tracks = await manager.find(SpecialistTrackOrmEntity, { order: { code: 'ASC' } });
      return {
        version: Number(version[0].version),
        grades: grades.map(({ minimumAssignmentMonths, ...grade }) => ({
          ...grade,
          ...(minimumAssignmentMonths === null ? {} : { minimumAssignmentMonths }),
        })),
        professions: professions.map((row) => ({ name: row.name, group: row.group as Profession['group'] })),
        skills: skills.map(({ role, kind, ...skill }) => ({
          ...skill,
          kind: kind as SkillKind,
          ...(role === null ? {} : { role }),
        })),
        clearanceLevels,
        specialistTracks: tracks.map(toTrack),
      };
    };
    return current.queryRunner?.isTransactionActive
      ? read(current)
      : current.transaction('REPEATABLE READ', read);
  }

  async version(): Promise<number> {
    const [row] = await this.transactions.readManager().query(`SELECT version FROM reference_data_version`);
    return Number(row.version);
  }

  async knownSkillCodes(codes: readonly string[]): Promise<string[]> {
    if (codes.length === 0) return [];
    const rows = await this.transactions.readManager().find(SkillOrmEntity, {
      select: { code: true },
      where: { code: In([...codes]) },
    });
    return rows.map((row) => row.code);
  }

  async findSpecialistTrack(code: string): Promise<SpecialistTrack | null> {
    // Locked when in a transaction: two updates of one track apply one after the other.
    const row = await this.transactions
      .manager()
      .getRepository(SpecialistTrackOrmEntity)
      .createQueryBuilder('track')
      .setLock('pessimistic_write')
      .where('track.code = :code', { code })
      .getOne();
    return row ? toTrack(row) : null;
  }

  // ON CONFLICT DO NOTHING: a duplicate (same code, or a profession differing only in case) inserts nothing.
  private async insertUnlessExists(sql: string, parameters: unknown[]): Promise<boolean> {
    const rows: unknown[] = await this.transactions
      .manager()
      .query(`${sql} ON CONFLICT DO NOTHING RETURNING 1`, parameters);
    return rows.length === 1;
  }

  addProfession(profession: Profession): Promise<boolean> {
    return this.insertUnlessExists(
      `INSERT INTO reference_profession (name, profession_group) VALUES ($1, $2)`,
      [profession.name, profession.group],
    );
  }

  addSkill(skill: Skill): Promise<boolean> {
    return this.insertUnlessExists(
      `INSERT INTO reference_skill (code, name, kind, framework, role) VALUES ($1, $2, $3, $4, $5)`,
      [skill.code, skill.name, skill.kind, skill.framework, skill.role ?? null],
    );
  }

  addSpecialistTrack(track: SpecialistTrack): Promise<boolean> {
    return this.insertUnlessExists(
      `INSERT INTO reference_specialist_track (code, profession, specialism, grade_ladder, minimum_assignment_months)
       VALUES ($1, $2, $3, $4, $5)`,
      [track.code, track.profession, track.specialism, track.gradeLadder, track.minimumAssignmentMonths],
    );
  }

  async updateSpecialistTrack(track: SpecialistTrack): Promise<void> {
    await this.transactions
      .manager()
      .update(
        SpecialistTrackOrmEntity,
        { code: track.code },
        { minimumAssignmentMonths: track.minimumAssignmentMonths },
      );
  }

  /**
   * The single counter row is locked by the UPDATE until commit, so versions follow commit order without gaps (a
   * sequence would not): reference data changes a few times a year, so serialising them costs nothing.
   */
  async recordChange(change: ReferenceDataChange): Promise<number> {
    const manager = this.transactions.manager();
    const [[row]] = await manager.query(
      `UPDATE reference_data_version SET version = version + 1, changed_at = now() RETURNING version`,
    );
    const version = Number(row.version);
    await manager.query(
      `INSERT INTO reference_data_change (version, changed_at, record_type, record_key, changed_by, change)
       VALUES ($1, now(), $2, $3, $4, $5)`,
      [version, change.recordType, change.recordKey, change.changedBy, JSON.stringify(change.change)],
    );
    return version;
  }
}
