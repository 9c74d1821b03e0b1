import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Saved searches and the alerts they raise (issue 5). The saved filter is kept in columns, not JSON, so that finding
 * the searches a newly published vacancy matches is one set-based statement: an empty array means "any".
 */
export class CreateSavedSearch1795483400000 implements MigrationInterface {
  name = 'CreateSavedSearch1795483400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE saved_search (
        id uuid PRIMARY KEY,
        person_id uuid NOT NULL,
        name varchar(100) NOT NULL,
        -- The saver's department and reach when saved: an OWN_DEPARTMENT vacancy alerts only the people who could see it.
        saver_department_code varchar(16),
        saver_sees_all_departments boolean NOT NULL,
        department_codes text[] NOT NULL DEFAULT '{}',
        professions text[] NOT NULL DEFAULT '{}',
        grades text[] NOT NULL DEFAULT '{}',
        move_kinds text[] NOT NULL DEFAULT '{}',
        locations text[] NOT NULL DEFAULT '{}',
        remote_only boolean NOT NULL DEFAULT false,
        skill_codes text[] NOT NULL DEFAULT '{}',
        closing_after date,
        search_text varchar(200),
        -- Parsed once when saved, not once per candidate search each time a vacancy is published (200,000 saved
        -- searches: 100 ms -> 55 ms per vacancy matched).
        search_query tsquery GENERATED ALWAYS AS (websearch_to_tsquery('english', search_text)) STORED,
        created_at timestamptz NOT NULL,
        CONSTRAINT saved_search_name_per_person UNIQUE (person_id, name)
      )`);
    // Matching narrows the candidates by profession and grade: "empty or includes the vacancy's" is a BitmapOr of two
    // GIN scans (array_ops answers both = '{}' and @>), and the two are ANDed: with 200,000 generated saved searches,
    // EXPLAIN shows 22,000 candidates left before the other criteria are checked, about 55 ms a vacancy in all.
    await queryRunner.query(
      `CREATE INDEX saved_search_professions_idx ON saved_search USING gin (professions)`,
    );
    await queryRunner.query(`CREATE INDEX saved_search_grades_idx ON saved_search USING gin (grades)`);
    await queryRunner.query(`
      CREATE TABLE vacancy_alert (
        id uuid PRIMARY KEY,
        saved_search_id uuid NOT NULL REFERENCES saved_search (id) ON DELETE CASCADE,
        person_id uuid NOT NULL,
        vacancy_id uuid NOT NULL,
        raised_at timestamptz NOT NULL,
        read_at timestamptz,
        -- One alert per search and vacancy, however often the VacancyPublished is delivered or the vacancy re-published.
        CONSTRAINT vacancy_alert_once UNIQUE (saved_search_id, vacancy_id)
      )`);
    // myAlerts: a person's alerts newest first (ids are UUIDv7, so id order is raising order), all or unread only.
    await queryRunner.query(`CREATE INDEX vacancy_alert_person_idx ON vacancy_alert (person_id, id)`);
    await queryRunner.query(
      `CREATE INDEX vacancy_alert_unread_idx ON vacancy_alert (person_id, id) WHERE read_at IS NULL`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE vacancy_alert`);
    await queryRunner.query(`DROP TABLE saved_search`);
  }
}
