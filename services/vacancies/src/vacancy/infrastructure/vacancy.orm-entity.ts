import { Column, Entity, PrimaryColumn } from 'typeorm';

// numeric comes back from pg as a string; FTE is exact in hundredths, so a JS number is safe.
const numeric = {
  to: (value: number) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};

@Entity('vacancy')
export class VacancyOrmEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column({ name: 'department_code', type: 'varchar', length: 16 })
  departmentCode: string;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Column({ type: 'text' })
  description: string;

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

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
