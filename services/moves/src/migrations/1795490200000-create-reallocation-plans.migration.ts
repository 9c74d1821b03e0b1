import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Reallocation plans (issue 7): a plan's row holds what it was asked (scope, target date, constraints), who made and
 * approved it, and the capacity before and after as it stood when it was made (a document read with the plan, never
 * searched: jsonb); its moves are rows of their own, each with its match explanation and, once approved, the move it
 * became or why it was skipped.
 */
export class CreateReallocationPlans1795490200000 implements MigrationInterface {
  name = 'CreateReallocationPlans1795490200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE reallocation_plan (
        id uuid PRIMARY KEY,
        status varchar(16) NOT NULL CONSTRAINT reallocation_plan_status_known CHECK (status IN ('DRAFT', 'APPROVED')),
        scope jsonb NOT NULL,
        target_date date NOT NULL,
        constraints jsonb NOT NULL,
        planning_department_code varchar(16),
        created_by jsonb NOT NULL,
        created_at timestamptz NOT NULL,
        approved_by jsonb,
        approved_at timestamptz,
        total_score numeric(14, 3) NOT NULL,
        capacity_effect jsonb NOT NULL,
        statistics jsonb NOT NULL,
        version integer NOT NULL,
        updated_at timestamptz NOT NULL
      )`);
    // Lists page newest first (ids are UUIDv7, so id order is creation order): all plans for cross-government
    // planners, a department's plans for its planners.
    await queryRunner.query(
      `CREATE INDEX reallocation_plan_department_idx ON reallocation_plan (planning_department_code, id DESC)`,
    );
    await queryRunner.query(`
      CREATE TABLE reallocation_plan_move (
        plan_id uuid NOT NULL REFERENCES reallocation_plan (id),
        position integer NOT NULL,
        person_id uuid NOT NULL,
        home_department_code varchar(16) NOT NULL,
        host_department_code varchar(16) NOT NULL,
        profession varchar(64) NOT NULL,
        grade varchar(8) NOT NULL,
        fte numeric(3, 2) NOT NULL,
        kind varchar(16) NOT NULL CONSTRAINT reallocation_plan_move_level_transfer CHECK (kind = 'LEVEL_TRANSFER'),
        starts_on date NOT NULL,
        vacancy_id uuid,
        gap varchar(100),
        fte_per_post numeric(3, 2),
        score numeric(5, 3) NOT NULL,
        explanation jsonb NOT NULL,
        outcome varchar(16) CONSTRAINT reallocation_plan_move_outcome_known CHECK (outcome IN ('PROPOSED', 'SKIPPED')),
        move_id uuid,
        skip_reason varchar(32),
        PRIMARY KEY (plan_id, position),
        CONSTRAINT reallocation_plan_move_one_target CHECK ((vacancy_id IS NULL) <> (gap IS NULL))
      )`);
    // A plan counts the moves that ask for, hold or filled each open vacancy's posts (any status but stopped ones),
    // which capacity's held-post index (agreed onwards only) does not cover.
    await queryRunner.query(
      `CREATE INDEX move_vacancy_idx ON move (vacancy_id) WHERE vacancy_id IS NOT NULL`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX move_vacancy_idx`);
    await queryRunner.query(`DROP TABLE reallocation_plan_move`);
    await queryRunner.query(`DROP TABLE reallocation_plan`);
  }
}
