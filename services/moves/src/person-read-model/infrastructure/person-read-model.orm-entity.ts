import { Column, Entity, PrimaryColumn } from 'typeorm';

const numeric = {
  to: (value: number) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};

@Entity('person_read_model')
export class PersonReadModelOrmEntity {
  @PrimaryColumn({ name: 'person_id', type: 'uuid' })
  personId: string;

  @Column({ name: 'department_code', type: 'varchar', length: 16 })
  departmentCode: string;

  @Column({ type: 'varchar', length: 8 })
  grade: string;

  @Column({ type: 'varchar', length: 64 })
  profession: string;

  @Column({ type: 'varchar', length: 64, nullable: true })
  location: string | null;

  @Column({ type: 'numeric', precision: 3, scale: 2, transformer: numeric })
  fte: number;

  @Column({ name: 'started_in_post_on', type: 'date' })
  startedInPostOn: string;

  @Column({ type: 'varchar', length: 16 })
  status: string;

  @Column({ type: 'integer' })
  version: number;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
