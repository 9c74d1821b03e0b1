import { Column, Entity, PrimaryColumn } from 'typeorm';

// numeric comes back from pg as a string; FTE and hours are exact in hundredths and tenths, so a JS number is safe.
const numeric = {
  to: (value: number | null) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};

/** The `vacancy` table (migrations 1795478500000, 1795483000000, 1795483200000); search reads it by SQL too. */
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

  @Column({ type: 'varchar', length: 64, nullable: true })
  specialism: string | null;

  @Column({ name: 'move_kinds', type: 'text', array: true })
  moveKinds: string[];

  @Column({ type: 'integer' })
  posts: number;

  @Column({ name: 'fte_per_post', type: 'numeric', precision: 3, scale: 2, transformer: numeric })
  ftePerPost: number;

  @Column({ type: 'text', array: true })
  locations: string[];

  @Column({ name: 'remote_possible', type: 'boolean' })
  remotePossible: boolean;

  @Column({ name: 'required_skills', type: 'jsonb' })
  requiredSkills: { skillCode: string; minimumLevel: string; essential: boolean }[];

  /** Every required skill's code, for array filters (GIN); written with required_skills. */
  @Column({ name: 'skill_codes', type: 'text', array: true })
  skillCodes: string[];

  @Column({ type: 'text', array: true })
  behaviours: string[];

  @Column({ name: 'clearance_required', type: 'varchar', length: 8, nullable: true })
  clearanceRequired: string | null;

  /** A date column: pg returns it as 'YYYY-MM-DD' text, which is how the domain keeps it. */
  @Column({ name: 'closing_date', type: 'date', nullable: true })
  closingDate: string | null;

  @Column({ name: 'duration_months', type: 'integer', nullable: true })
  durationMonths: number | null;

  @Column({ name: 'loan_justification', type: 'text', nullable: true })
  loanJustification: string | null;

  @Column({
    name: 'hours_per_week',
    type: 'numeric',
    precision: 4,
    scale: 1,
    nullable: true,
    transformer: numeric,
  })
  hoursPerWeek: number | null;

  @Column({ type: 'varchar', length: 16 })
  visibility: string;

  @Column({ type: 'varchar', length: 16 })
  status: string;

  @Column({ type: 'integer' })
  version: number;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt: Date | null;

  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt: Date | null;

  @Column({ name: 'cancellation_reason', type: 'text', nullable: true })
  cancellationReason: string | null;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
