/**
 * The HR feed's columns (README, "Bulk HR import"), in the order `npm run generate` writes them; a file may order
 * them as it likes, its header names them. A feed states the whole record: an optional column left out of the
 * file, or an empty cell, means "none" (or the column's default), not "keep what is stored".
 */
export const REQUIRED_COLUMNS = [
  'staff_number',
  'given_name',
  'family_name',
  'work_email',
  'department_code',
  'grade',
  'profession',
  'fte',
  'started_in_post_on',
] as const;

export const OPTIONAL_COLUMNS = [
  'location',
  'employment_type',
  'home_organisation',
  'employment_ends_on',
  'security_clearance',
  'specialist_track_code',
  'specialist_track_joined_on',
  'skills',
  'skills_to_develop',
  'open_to_move',
  'move_kinds_wanted',
  'departments_wanted',
  'locations_wanted',
  'earliest_move_on',
  'share_profile_across_departments',
] as const;

export const IMPORT_COLUMNS = [...REQUIRED_COLUMNS, ...OPTIONAL_COLUMNS] as const;
export type ImportColumn = (typeof IMPORT_COLUMNS)[number];

/** Separates the entries of a list cell (`skills`, `move_kinds_wanted`, ...). */
export const LIST_SEPARATOR = ';';
