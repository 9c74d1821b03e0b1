import { Column, Entity, PrimaryColumn } from 'typeorm';

// numeric comes back from pg as a string; fte is small and exact in hundredths, so a JS number is safe.
const numeric = {
  to: (value: number) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};

@Entity('person')
export class PersonOrmEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column({ name: 'staff_number', type: 'varchar', length: 16 })
  staffNumber: string;

  @Column({ name: 'given_name', type: 'varchar', length: 100 })
  givenName: string;

  @Column({ name: 'family_name', type: 'varchar', length: 100 })
  familyName: string;

  @Column({ name: 'work_email', type: 'varchar', length: 254 })
  workEmail: string;

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

  @Column({ name: 'specialist_track_code', type: 'varchar', length: 64, nullable: true })
  specialistTrackCode: string | null;

  @Column({ name: 'specialist_track_joined_on', type: 'date', nullable: true })
  specialistTrackJoinedOn: string | null;

  @Column({ name: 'employment_type', type: 'varchar', length: 16, default: 'PERMANENT' })
  employmentType: string;

  @Column({ name: 'home_organisation', type: 'varchar', length: 100, nullable: true })
  homeOrganisation: string | null;

  @Column({ name: 'employment_ends_on', type: 'date', nullable: true })
  employmentEndsOn: string | null;

  @Column({ name: 'security_clearance', type: 'varchar', length: 8, nullable: true })
  securityClearance: string | null;

  @Column({ name: 'away_on_move_id', type: 'uuid', nullable: true })
  awayOnMoveId: string | null;

  @Column({ name: 'left_on', type: 'date', nullable: true })
  leftOn: string | null;

  @Column({ name: 'open_to_move', type: 'boolean', default: false })
  openToMove: boolean;

  @Column({ name: 'move_kinds_wanted', type: 'text', array: true, default: () => "'{}'" })
  moveKindsWanted: string[];

  @Column({ name: 'departments_wanted', type: 'text', array: true, default: () => "'{}'" })
  departmentsWanted: string[];

  @Column({ name: 'locations_wanted', type: 'text', array: true, default: () => "'{}'" })
  locationsWanted: string[];

  @Column({ name: 'earliest_move_on', type: 'date', nullable: true })
  earliestMoveOn: string | null;

  @Column({ name: 'share_profile_across_departments', type: 'boolean', default: false })
  shareProfileAcrossDepartments: boolean;

  @Column({ type: 'integer' })
  version: number;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
