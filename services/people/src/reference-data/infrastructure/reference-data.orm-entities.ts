import { Column, Entity, PrimaryColumn } from 'typeorm';

// One table per list, created and seeded by the CreateReferenceData migration. The version counter and the change
// history are written with SQL of their own (typeorm-reference-data.store.ts).

@Entity('reference_grade')
export class GradeOrmEntity {
  @PrimaryColumn({ type: 'varchar', length: 8 })
  code: string;

  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Column({ type: 'integer' })
  rank: number;

  @Column({ name: 'minimum_assignment_months', type: 'integer', nullable: true })
  minimumAssignmentMonths: number | null;
}

@Entity('reference_profession')
export class ProfessionOrmEntity {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  name: string;

  @Column({ name: 'profession_group', type: 'varchar', length: 32 })
  group: string;
}

@Entity('reference_skill')
export class SkillOrmEntity {
  @PrimaryColumn({ type: 'varchar', length: 96 })
  code: string;

  @Column({ type: 'varchar', length: 120 })
  name: string;

  @Column({ type: 'varchar', length: 16 })
  kind: string;

  @Column({ type: 'varchar', length: 32 })
  framework: string;

  @Column({ type: 'varchar', length: 64, nullable: true })
  role: string | null;
}

@Entity('reference_clearance_level')
export class ClearanceLevelOrmEntity {
  @PrimaryColumn({ type: 'varchar', length: 8 })
  code: string;

  @Column({ type: 'varchar', length: 64 })
  name: string;

  @Column({ type: 'integer' })
  rank: number;
}

@Entity('reference_specialist_track')
export class SpecialistTrackOrmEntity {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  code: string;

  @Column({ type: 'varchar', length: 64 })
  profession: string;

  @Column({ type: 'varchar', length: 100 })
  specialism: string;

  @Column({ name: 'grade_ladder', type: 'varchar', length: 8, array: true })
  gradeLadder: string[];

  @Column({ name: 'minimum_assignment_months', type: 'integer' })
  minimumAssignmentMonths: number;
}

export const REFERENCE_DATA_ENTITIES = [
  GradeOrmEntity,
  ProfessionOrmEntity,
  SkillOrmEntity,
  ClearanceLevelOrmEntity,
  SpecialistTrackOrmEntity,
];
