import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Capacity (issue 7): funded posts as vacancies' EstablishmentChanged events bring them, with their history (one row
 * per line and effective date, so that the entry in force at any date can be read; 0 ends a line), and the indexes
 * the capacity query reads through (services/moves/src/capacity/infrastructure/capacity.sql.ts).
 */
export class CreateCapacity1795490000000 implements MigrationInterface {
  name = 'CreateCapacity1795490000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // `version` is the line's version in vacancies (the event's aggregate version): a later event for the same date
    // replaces the earlier one, an older one arriving late is dropped. The key is also the "in force at" index.
    await queryRunner.query(`
      CREATE TABLE establishment_read_model (
        department_code varchar(16) NOT NULL,
        profession varchar(64) NOT NULL,
        grade varchar(8) NOT NULL,
        effective_from date NOT NULL,
        fte_hundredths integer NOT NULL CONSTRAINT establishment_read_model_fte_range CHECK (fte_hundredths >= 0),
        version integer NOT NULL,
        PRIMARY KEY (department_code, profession, grade, effective_from)
      )`);
    // Headcount per line, kept by triggers as people's rows change, so that capacity never counts 520,000 rows per
    // request (measured: that GROUP BY alone took 170 to 290 ms). Every change appends signed rows (people and FTE
    // added on the lines they join, taken off the lines they leave) in the changing transaction: exact at once, and
    // append-only, so concurrent projections never wait on, or deadlock over, a busy line. Readers sum the rows of a
    // line; CapacityHeadcountCompactor folds each line's rows into one now and then (capacity/infrastructure).
    await queryRunner.query(`
      CREATE TABLE capacity_headcount (
        department_code varchar(16) NOT NULL,
        profession varchar(64) NOT NULL,
        grade varchar(8) NOT NULL,
        people integer NOT NULL,
        fte_hundredths integer NOT NULL
      )`);
    await queryRunner.query(
      `CREATE INDEX capacity_headcount_line_idx ON capacity_headcount (department_code, profession, grade)`,
    );
    // capacity.rules.ts counts everyone who has not LEFT, at their FTE in hundredths. Statement triggers with
    // transition tables: a bulk load (COPY, a batch INSERT) appends one row per line it touches, not one per person.
    await queryRunner.query(`
      CREATE FUNCTION capacity_headcount_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO capacity_headcount (department_code, profession, grade, people, fte_hundredths)
        SELECT department_code, profession, grade, count(*), sum((fte * 100)::integer)
        FROM inserted WHERE status <> 'LEFT'
        GROUP BY department_code, profession, grade;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE FUNCTION capacity_headcount_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO capacity_headcount (department_code, profession, grade, people, fte_hundredths)
        SELECT department_code, profession, grade, -count(*), -sum((fte * 100)::integer)
        FROM deleted WHERE status <> 'LEFT'
        GROUP BY department_code, profession, grade;
        RETURN NULL;
      END $$`);
    // The old rows taken off, the new rows added: a row whose line, FTE and leaving did not change cancels itself
    // out, so skills, preferences and tenure updates append nothing (HAVING).
    await queryRunner.query(`
      CREATE FUNCTION capacity_headcount_updated() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO capacity_headcount (department_code, profession, grade, people, fte_hundredths)
        SELECT department_code, profession, grade, sum(people), sum(fte)
        FROM (
          SELECT department_code, profession, grade, -1 AS people, -(fte * 100)::integer AS fte, status FROM deleted
          UNION ALL
          SELECT department_code, profession, grade, 1, (fte * 100)::integer, status FROM inserted
        ) change
        WHERE status <> 'LEFT'
        GROUP BY department_code, profession, grade
        HAVING sum(people) <> 0 OR sum(fte) <> 0;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER person_read_model_capacity_insert AFTER INSERT ON person_read_model
        REFERENCING NEW TABLE AS inserted FOR EACH STATEMENT EXECUTE FUNCTION capacity_headcount_inserted()`);
    await queryRunner.query(`
      CREATE TRIGGER person_read_model_capacity_delete AFTER DELETE ON person_read_model
        REFERENCING OLD TABLE AS deleted FOR EACH STATEMENT EXECUTE FUNCTION capacity_headcount_deleted()`);
    await queryRunner.query(`
      CREATE TRIGGER person_read_model_capacity_update AFTER UPDATE ON person_read_model
        REFERENCING OLD TABLE AS deleted NEW TABLE AS inserted
        FOR EACH STATEMENT EXECUTE FUNCTION capacity_headcount_updated()`);
    await queryRunner.query(`
      CREATE FUNCTION capacity_headcount_clear() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        TRUNCATE capacity_headcount;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER person_read_model_capacity_truncate AFTER TRUNCATE ON person_read_model
        FOR EACH STATEMENT EXECUTE FUNCTION capacity_headcount_clear()`);
    await queryRunner.query(`
      INSERT INTO capacity_headcount
      SELECT department_code, profession, grade, count(*), (sum(fte) * 100)::integer
      FROM person_read_model WHERE status <> 'LEFT'
      GROUP BY department_code, profession, grade`);
    // A location is asked of one department at a time: its people are read through this index, not the headcount.
    await queryRunner.query(`
      CREATE INDEX person_read_model_capacity_location_idx
        ON person_read_model (department_code, location) INCLUDE (profession, grade, fte, status)`);
    await queryRunner.query(`
      CREATE INDEX person_read_model_capacity_specialists_idx
        ON person_read_model (department_code, profession, grade, minimum_term_ends_on) INCLUDE (status, location)
        WHERE specialist_track_code IS NOT NULL`);
    // The moves that change anyone's position: a small, live part of a table that keeps every move ever made.
    await queryRunner.query(`
      CREATE INDEX move_capacity_agreed_idx
        ON move (person_id, starts_on, id)
        INCLUDE (kind, home_department_code, host_department_code, grade, ends_on, status)
        WHERE status IN ('AGREED', 'SCHEDULED', 'STARTED', 'EXTENDED')`);
    // Posts a move holds (reserved, then filled), counted against each open vacancy.
    await queryRunner.query(`
      CREATE INDEX move_capacity_post_held_idx ON move (vacancy_id)
        WHERE post_requested AND status IN ('AGREED', 'SCHEDULED', 'STARTED', 'EXTENDED', 'ENDED', 'MADE_PERMANENT')`);
    await queryRunner.query(`
      CREATE INDEX vacancy_read_model_capacity_open_idx
        ON vacancy_read_model (department_code, profession, grade) INCLUDE (vacancy_id, posts, fte_per_post)
        WHERE status = 'OPEN'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX vacancy_read_model_capacity_open_idx`);
    await queryRunner.query(`DROP INDEX move_capacity_post_held_idx`);
    await queryRunner.query(`DROP INDEX move_capacity_agreed_idx`);
    await queryRunner.query(`DROP INDEX person_read_model_capacity_specialists_idx`);
    await queryRunner.query(`DROP INDEX person_read_model_capacity_location_idx`);
    await queryRunner.query(`DROP TRIGGER person_read_model_capacity_truncate ON person_read_model`);
    await queryRunner.query(`DROP TRIGGER person_read_model_capacity_update ON person_read_model`);
    await queryRunner.query(`DROP TRIGGER person_read_model_capacity_delete ON person_read_model`);
    await queryRunner.query(`DROP TRIGGER person_read_model_capacity_insert ON person_read_model`);
    await queryRunner.query(`DROP FUNCTION capacity_headcount_clear()`);
    await queryRunner.query(`DROP FUNCTION capacity_headcount_updated()`);
    await queryRunner.query(`DROP FUNCTION capacity_headcount_deleted()`);
    await queryRunner.query(`DROP FUNCTION capacity_headcount_inserted()`);
    await queryRunner.query(`DROP TABLE capacity_headcount`);
    await queryRunner.query(`DROP TABLE establishment_read_model`);
  }
}
