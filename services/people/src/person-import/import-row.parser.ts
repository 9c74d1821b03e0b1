import { MOVE_KINDS, MoveKind, EmploymentType } from '../person/domain/employment';
import { SKILL_LEVELS, SkillLevel, PersonSkill } from '../person/domain/skill';
import { ImportColumn, LIST_SEPARATOR } from './import-columns';
import { ImportRowError, PersonImportRow } from './import-row';

const TRUE = new Set(['true', 'yes', 'y', '1']);
const FALSE = new Set(['false', 'no', 'n', '0', '']);

export type ImportCells = Partial<Record<ImportColumn, string>>;

function text(cells: ImportCells, column: ImportColumn): string | undefined {
  const value = cells[column]?.trim();
  return value ? value : undefined;
}

function flag(cells: ImportCells, column: ImportColumn): boolean {
  const value = (cells[column] ?? '').trim().toLowerCase();
  if (TRUE.has(value)) return true;
  if (FALSE.has(value)) return false;
  throw new ImportRowError(
    'IMPORT.INVALID_BOOLEAN',
    column,
    `${column} must be true or false, not '${value}'`,
  );
}

/** Sorted, so a stored list and the feed's compare equal whatever order HR's system wrote them in. */
function list(cells: ImportCells, column: ImportColumn, transform = (entry: string) => entry): string[] {
  return [
    ...new Set(
      (cells[column] ?? '')
        .split(LIST_SEPARATOR)
        .map((entry) => transform(entry.trim()))
        .filter(Boolean),
    ),
  ].sort();
}

function upper(value: string): string {
  return value.toUpperCase();
}

/** `CODE:LEVEL:LAST_USED_ON:EVIDENCE` entries separated by `;` (LAST_USED_ON may be empty; evidence may hold colons). */
export function parseSkills(cell: string | undefined): PersonSkill[] {
  return (cell ?? '')
    .split(LIST_SEPARATOR)
    .map((entry) => entry.trim())
    .filter(Boolean)
    .map((entry): PersonSkill => {
      const [code = '', level = '', lastUsed = '', ...evidence] = entry.split(':');
      const normalisedLevel = level.trim().toUpperCase();
      if (!SKILL_LEVELS.includes(normalisedLevel as SkillLevel))
        throw new ImportRowError(
          'PERSON.INVALID_SKILL',
          'skills',
          `skill ${code.trim()}: level must be one of ${SKILL_LEVELS.join(', ')}`,
        );
      return {
        skillCode: code.trim().toUpperCase(),
        level: normalisedLevel as SkillLevel,
        evidence: evidence.join(':').trim(),
        ...(lastUsed.trim() ? { lastUsedOn: lastUsed.trim() } : {}),
      };
    })
    .sort((a, b) => (a.skillCode < b.skillCode ? -1 : a.skillCode > b.skillCode ? 1 : 0));
}

/** Cells to the aggregate's inputs. Only the shape is checked here; the rules are the aggregate's. */
export function parseImportRow(cells: ImportCells, line: number): PersonImportRow {
  const fte = (cells.fte ?? '').trim();
  const moveKinds = list(cells, 'move_kinds_wanted', upper);
  const unknownKind = moveKinds.find((kind) => !MOVE_KINDS.includes(kind as MoveKind));
  if (unknownKind)
    throw new ImportRowError(
      'PERSON.INVALID_PREFERENCES',
      'move_kinds_wanted',
      `move kind ${unknownKind} is not one of ${MOVE_KINDS.join(', ')}`,
    );
  const trackCode = text(cells, 'specialist_track_code');
  const trackJoinedOn = text(cells, 'specialist_track_joined_on');
  if ((trackCode === undefined) !== (trackJoinedOn === undefined))
    throw new ImportRowError(
      'IMPORT.TRACK_NEEDS_JOIN_DATE',
      trackCode ? 'specialist_track_joined_on' : 'specialist_track_code',
      'specialist_track_code and specialist_track_joined_on go together',
    );
  const earliestMoveOn = text(cells, 'earliest_move_on');
  return {
    line,
    register: {
      staffNumber: cells.staff_number ?? '',
      givenName: cells.given_name ?? '',
      familyName: cells.family_name ?? '',
      workEmail: cells.work_email ?? '',
      departmentCode: (cells.department_code ?? '').trim(),
      grade: (cells.grade ?? '').trim().toUpperCase(),
      profession: cells.profession ?? '',
      location: text(cells, 'location'),
      // An empty cell is not 0: the rule then names fte rather than accepting a missing value.
      fte: fte === '' ? Number.NaN : Number(fte),
      startedInPostOn: (cells.started_in_post_on ?? '').trim(),
      employmentType: (text(cells, 'employment_type')?.toUpperCase() ?? 'PERMANENT') as EmploymentType,
      homeOrganisation: text(cells, 'home_organisation'),
      employmentEndsOn: text(cells, 'employment_ends_on'),
      securityClearance: text(cells, 'security_clearance')?.toUpperCase(),
    },
    skills: parseSkills(cells.skills),
    skillsToDevelop: list(cells, 'skills_to_develop', upper),
    preferences: {
      openToMove: flag(cells, 'open_to_move'),
      moveKindsWanted: moveKinds as MoveKind[],
      departmentsWanted: list(cells, 'departments_wanted'),
      locationsWanted: list(cells, 'locations_wanted'),
      ...(earliestMoveOn ? { earliestMoveOn } : {}),
      shareProfileAcrossDepartments: flag(cells, 'share_profile_across_departments'),
    },
    ...(trackCode && trackJoinedOn ? { track: { code: trackCode, joinedOn: trackJoinedOn } } : {}),
  };
}
