import { ImportRowError } from './import-row';
import { ImportCells, parseImportRow, parseSkills } from './import-row.parser';

const cells = (overrides: ImportCells = {}): ImportCells => ({
  staff_number: 'hm000001',
  given_name: 'Ada',
  family_name: 'Lovelace',
  work_email: 'ada@hmrc.gov.uk',
  department_code: 'HMRC',
  grade: 'g7',
  profession: 'Digital, Data and Technology',
  fte: '0.8',
  started_in_post_on: '2025-04-01',
  ...overrides,
});

function refusal(overrides: ImportCells): ImportRowError {
  try {
    parseImportRow(cells(overrides), 7);
  } catch (error) {
    if (error instanceof ImportRowError) return error;
    throw error;
  }
  throw new Error('expected the row to be refused');
}

describe('parseImportRow', () => {
  it('takes defaults for the columns a feed leaves out', () => {
    const row = parseImportRow(cells(), 7);
    expect(row).toMatchObject({
      line: 7,
      register: { grade: 'G7', fte: 0.8, employmentType: 'PERMANENT', location: undefined },
      skills: [],
      skillsToDevelop: [],
      preferences: { openToMove: false, moveKindsWanted: [], shareProfileAcrossDepartments: false },
    });
    expect(row.track).toBeUndefined();
  });

  it('sorts and de-duplicates lists, so the order HR writes them in does not count as a change', () => {
    const row = parseImportRow(
      cells({
        open_to_move: 'yes',
        move_kinds_wanted: 'promotion; LOAN;loan',
        locations_wanted: 'Leeds;London;Leeds',
      }),
      2,
    );
    expect(row.preferences).toMatchObject({
      openToMove: true,
      moveKindsWanted: ['LOAN', 'PROMOTION'],
      locationsWanted: ['Leeds', 'London'],
    });
  });

  it('reads an empty fte as missing rather than zero, for the rule to name', () => {
    expect(parseImportRow(cells({ fte: '' }), 2).register.fte).toBeNaN();
  });

  it.each([
    [{ open_to_move: 'maybe' }, 'IMPORT.INVALID_BOOLEAN', 'open_to_move'],
    [{ move_kinds_wanted: 'SECONDMENT_IN' }, 'PERSON.INVALID_PREFERENCES', 'move_kinds_wanted'],
    [
      { specialist_track_code: 'DDAT.DATA_SCIENCE' },
      'IMPORT.TRACK_NEEDS_JOIN_DATE',
      'specialist_track_joined_on',
    ],
    [{ skills: 'DDAT.DATA_SCIENCE.DATA_MODELLING:GURU::Did it' }, 'PERSON.INVALID_SKILL', 'skills'],
  ])('refuses %p with %s on %s', (overrides, code, column) => {
    expect(refusal(overrides)).toMatchObject({ code, column });
  });
});

describe('parseSkills', () => {
  it('reads CODE:LEVEL:LAST_USED_ON:EVIDENCE, evidence keeping its colons, sorted by code', () => {
    expect(parseSkills('ddat.b.x:expert::Led it: twice; DDAT.A.Y:Working:2025-01-31:Daily use')).toEqual([
      { skillCode: 'DDAT.A.Y', level: 'WORKING', lastUsedOn: '2025-01-31', evidence: 'Daily use' },
      { skillCode: 'DDAT.B.X', level: 'EXPERT', evidence: 'Led it: twice' },
    ]);
  });

  it('reads an empty cell as no skills', () => {
    expect(parseSkills('')).toEqual([]);
    expect(parseSkills(undefined)).toEqual([]);
  });
});
