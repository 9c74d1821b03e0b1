/**
 * The import's SQL: whole batches per statement (arrays through unnest), so a batch of thousands of rows costs a
 * handful of round trips. Column names are the person migrations'.
 */

export const SELECT_STORED = `
  SELECT p.id, p.staff_number, p.given_name, p.family_name, p.work_email, p.department_code, p.grade, p.profession,
         p.location, p.fte::text AS fte, p.started_in_post_on::text AS started_in_post_on, p.status, p.version,
         p.specialist_track_code, p.specialist_track_joined_on::text AS specialist_track_joined_on, p.employment_type,
         p.home_organisation, p.employment_ends_on::text AS employment_ends_on, p.security_clearance,
         p.left_on::text AS left_on, p.open_to_move, p.move_kinds_wanted, p.departments_wanted, p.locations_wanted,
         p.earliest_move_on::text AS earliest_move_on, p.share_profile_across_departments,
         COALESCE((SELECT json_agg(json_build_array(s.skill_code, s.level, s.evidence, s.last_used_on::text))
                   FROM person_skill s WHERE s.person_id = p.id), '[]') AS skills,
         COALESCE((SELECT array_agg(d.skill_code) FROM person_skill_to_develop d WHERE d.person_id = p.id), '{}')
           AS skills_to_develop
  FROM person p
  WHERE p.staff_number = ANY($1::text[])
  FOR UPDATE OF p`;

/** Whose the feed's work emails are now: an email may not pass from one staff number to another in one import. */
export const SELECT_EMAIL_HOLDERS = `
  SELECT work_email, staff_number FROM person WHERE work_email = ANY($1::text[])`;

const PERSON_COLUMNS: [name: string, type: string, cast?: string][] = [
  ['id', 'uuid'],
  ['staff_number', 'text'],
  ['given_name', 'text'],
  ['family_name', 'text'],
  ['work_email', 'text'],
  ['department_code', 'text'],
  ['grade', 'text'],
  ['profession', 'text'],
  ['location', 'text'],
  ['fte', 'numeric'],
  ['started_in_post_on', 'date'],
  ['status', 'text'],
  ['version', 'int'],
  ['specialist_track_code', 'text'],
  ['specialist_track_joined_on', 'date'],
  ['employment_type', 'text'],
  ['home_organisation', 'text'],
  ['employment_ends_on', 'date'],
  ['security_clearance', 'text'],
  ['open_to_move', 'boolean'],
  // Array columns travel as array literals ('{LOAN,PROMOTION}'): unnest would flatten an array of arrays.
  ['move_kinds_wanted', 'text', 'text[]'],
  ['departments_wanted', 'text', 'text[]'],
  ['locations_wanted', 'text', 'text[]'],
  ['earliest_move_on', 'date'],
  ['share_profile_across_departments', 'boolean'],
];

export const PERSON_COLUMN_COUNT = PERSON_COLUMNS.length;
const names = PERSON_COLUMNS.map(([name]) => name);
const FEED_OWNED = names.filter((name) => !['id', 'staff_number', 'status'].includes(name));

/**
 * New and changed people in one statement. A changed row is updated only when it is still the person read under
 * FOR UPDATE (same id): a person registered by the API since the batch's read is left alone, and the caller sees
 * fewer rows returned than sent and fails the batch rather than overwrite them.
 */
export const UPSERT_PEOPLE = `
  INSERT INTO person (${names.join(', ')}, created_at, updated_at)
  SELECT ${PERSON_COLUMNS.map(([name, , cast]) => (cast ? `t.${name}::${cast}` : `t.${name}`)).join(', ')},
         $${PERSON_COLUMNS.length + 1}::timestamptz, $${PERSON_COLUMNS.length + 1}::timestamptz
  FROM unnest(${PERSON_COLUMNS.map(([, type], index) => `$${index + 1}::${type}[]`).join(', ')})
    AS t(${names.join(', ')})
  ON CONFLICT (staff_number) DO UPDATE SET
    ${FEED_OWNED.map((name) => `${name} = excluded.${name}`).join(',\n    ')},
    updated_at = excluded.updated_at
  WHERE person.id = excluded.id
  RETURNING id`;

export const DELETE_SKILLS = `DELETE FROM person_skill WHERE person_id = ANY($1::uuid[])`;
export const DELETE_SKILLS_TO_DEVELOP = `DELETE FROM person_skill_to_develop WHERE person_id = ANY($1::uuid[])`;
export const INSERT_SKILLS = `
  INSERT INTO person_skill (person_id, skill_code, level, evidence, last_used_on)
  SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::date[])`;
export const INSERT_SKILLS_TO_DEVELOP = `
  INSERT INTO person_skill_to_develop (person_id, skill_code) SELECT * FROM unnest($1::uuid[], $2::text[])`;
