import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Browse and search (issue 5). Every index is partial on OPEN: a search lists open vacancies only, and closed ones
 * outnumber them five to one as the years pass, so the indexes stay the size of what is searched. The search's SQL
 * says `status = 'OPEN'` literally so that the planner can use them. Chosen from EXPLAIN ANALYZE on 20,000 open and
 * 100,000 closed generated vacancies (npm run bench:vacancies), see the notes by each.
 */
export class VacancySearchIndexes1795483300000 implements MigrationInterface {
  name = 'VacancySearchIndexes1795483300000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Full-text search: the words' matches without reading every document (a bitmap of a few hundred rows for two
    // words, where a scan reads all 120,000). Ranking then reads only those rows.
    await queryRunner.query(
      `CREATE INDEX vacancy_open_search_idx ON vacancy USING gin (search_document) WHERE status = 'OPEN'`,
    );
    // The two keyset orders. A page walks one of these and stops at LIMIT; the filter columns are INCLUDEd so the
    // walk, and totalCount's count of every match, are index-only scans: without them EXPLAIN showed a bitmap heap
    // scan of every open row for the count (3,244 heap pages against 596 index pages), the bulk of a request.
    await queryRunner.query(`
      CREATE INDEX vacancy_open_closing_idx ON vacancy (closing_date, id)
        INCLUDE (visibility, department_code, grade, profession, remote_possible, move_kinds, locations, skill_codes)
        WHERE status = 'OPEN'`);
    await queryRunner.query(`
      CREATE INDEX vacancy_open_published_idx ON vacancy (published_at, id)
        INCLUDE (closing_date, visibility, department_code, grade, profession, remote_possible, move_kinds, locations,
          skill_codes)
        WHERE status = 'OPEN'`);
    // A department's vacancies are few (DSIT: 81 of 17,538 visible): found directly, already in closing order.
    await queryRunner.query(`
      CREATE INDEX vacancy_open_department_idx ON vacancy (department_code, closing_date, id) INCLUDE (visibility)
        WHERE status = 'OPEN'`);
    // Grade and profession are the filters people use most. Walking the order index for them is quick for a page but
    // not for totalCount, which reads every open entry (G7: 15 ms); these make both index-only (G7 count: 2 ms, G7 and
    // "analyst": 13 -> 8 ms, DDaT at HEO/SEO count: 12 -> 1.3 ms, on the loaded development machine).
    await queryRunner.query(`
      CREATE INDEX vacancy_open_grade_idx ON vacancy (grade, closing_date, id) INCLUDE (visibility, department_code)
        WHERE status = 'OPEN'`);
    await queryRunner.query(`
      CREATE INDEX vacancy_open_profession_idx ON vacancy (profession, closing_date, id)
        INCLUDE (visibility, department_code, grade)
        WHERE status = 'OPEN'`);
    // A skill is rare (58 vacancies ask for data modelling): the GIN finds them instead of walking the order. Locations
    // and kinds of move are common (a city: hundreds, loans: a fifth), so walking the covering order index is as fast
    // and they get no index of their own.
    await queryRunner.query(
      `CREATE INDEX vacancy_open_skills_idx ON vacancy USING gin (skill_codes) WHERE status = 'OPEN'`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const index of [
      'vacancy_open_skills_idx',
      'vacancy_open_profession_idx',
      'vacancy_open_grade_idx',
      'vacancy_open_department_idx',
      'vacancy_open_published_idx',
      'vacancy_open_closing_idx',
      'vacancy_open_search_idx',
    ])
      await queryRunner.query(`DROP INDEX ${index}`);
  }
}
