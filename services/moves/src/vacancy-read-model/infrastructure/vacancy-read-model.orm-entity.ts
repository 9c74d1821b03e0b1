import { Column, Entity, PrimaryColumn } from 'typeorm';

const numeric = {
  to: (value: number) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};

@Entity('vacancy_read_model')
export class VacancyReadModelOrmEntity {
  @PrimaryColumn({ name: 'vacancy_id', type: 'uuid' })
  vacancyId: string;

  @Column({ name: 'department_code', type: 'varchar', length: 16 })
  departmentCode: string;

  @Column({ type: 'varchar', length: 8 })
  grade: string;

  @Column({ type: 'varchar', length: 64 })
  profession: string;

  @Column({ type: 'integer' })
  posts: number;

  @Column({ name: 'fte_per_post', type: 'numeric', precision: 3, scale: 2, transformer: numeric })
  ftePerPost: number;

  @Column({ type: 'varchar', length: 16 })
  status: string;

  @Column({ type: 'integer' })
  version: number;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
