import { inMemoryReferenceDataCatalog } from '../reference-data/testing/in-memory-reference-data';
import { ImportReference } from './import-reference';
import { ImportRowError, PersonImportRow } from './import-row';
import { ImportCells, parseImportRow } from './import-row.parser';
import { planRow } from './person-import.plan';

const now = new Date('2026-11-24T10:00:00Z');
const id = '0190f6a2-1111-7000-8000-000000000001';
const other = '0190f6a2-1111-7000-8000-000000000002';

const feed = (overrides: ImportCells = {}): ImportCells => ({
  staff_number: 'HM000001',
  given_name: 'Ada',
  family_name: 'Lovelace',
  work_email: 'ada@hmrc.gov.uk',
  department_code: 'HMRC',
  grade: 'SEO',
  profession: 'Digital, Data and Technology',
  fte: '1.0',
  started_in_post_on: '2025-04-01',
  location: 'Leeds',
  skills: 'DDAT.DATA_SCIENCE.DATA_MODELLING:PRACTITIONER::Built the model for the tax gap',
  open_to_move: 'true',
  move_kinds_wanted: 'LOAN',
  share_profile_across_departments: 'true',
  ...overrides,
});

async function prepared(...rows: PersonImportRow[]): Promise<ImportReference> {
  const reference = await ImportReference.load(inMemoryReferenceDataCatalog({ now: () => now }), 12);
  await reference.prepare(rows);
  return reference;
}

async function plan(cells: ImportCells, stored?: ReturnType<typeof planRow>['person']) {
  const row = parseImportRow(cells, 2);
  const reference = await prepared(row);
  await reference.prepareTracks([stored?.specialistTrackCode]);
  return planRow(row, stored, other, now, reference);
}

describe('planRow', () => {
  it('registers a new staff number with one event per part of the profile the feed gives, versions in order', async () => {
    const result = await plan(
      feed({ specialist_track_code: 'DDAT.DATA_SCIENCE', specialist_track_joined_on: '2025-04-01' }),
    );
    expect(result.kind).toBe('registered');
    expect(result.events.map((event) => [event.type, event.version])).toEqual([
      ['PersonRegistered', 1],
      ['PersonTrackChanged', 2],
      ['PersonSkillsChanged', 3],
      ['PersonPreferencesChanged', 4],
    ]);
    expect(result.person).toMatchObject({
      id: other,
      staffNumber: 'HM000001',
      version: 4,
      specialistTrackCode: 'DDAT.DATA_SCIENCE',
    });
  });

  it('raises nothing and keeps the version when the feed says what is stored', async () => {
    const stored = { ...(await plan(feed())).person, id };
    const result = await plan(feed({ move_kinds_wanted: 'loan' }), stored);
    expect(result).toMatchObject({ kind: 'unchanged', events: [], skillsChanged: false });
    expect(result.person.version).toBe(stored.version);
  });

  it('changes only the parts that differ, through the aggregate, one version each', async () => {
    const stored = { ...(await plan(feed())).person, id };
    const result = await plan(
      feed({
        grade: 'G7',
        open_to_move: 'false',
        move_kinds_wanted: '',
        share_profile_across_departments: 'false',
      }),
      stored,
    );
    expect(result.kind).toBe('changed');
    expect(result.skillsChanged).toBe(false);
    expect(result.events.map((event) => [event.type, event.version, event.personId])).toEqual([
      ['PersonDetailsChanged', stored.version + 1, id],
      ['PersonPreferencesChanged', stored.version + 2, id],
    ]);
  });

  it.each([
    [{ profession: 'Wizardry' }, 'PERSON.UNKNOWN_PROFESSION'],
    [{ skills: 'DDAT.NOPE.NOTHING:WORKING::Evidence' }, 'PERSON.UNKNOWN_SKILL'],
    [{ skills: 'DDAT.DATA_SCIENCE.DATA_MODELLING:WORKING::' }, 'PERSON.EVIDENCE_REQUIRED'],
    [{ fte: '1.5' }, 'PERSON.FTE_OUT_OF_RANGE'],
    [{ work_email: 'nope' }, 'PERSON.INVALID_WORK_EMAIL'],
    [
      { specialist_track_code: 'GES.ECONOMICS', specialist_track_joined_on: '2025-01-01' },
      'PERSON.TRACK_PROFESSION_MISMATCH',
    ],
    [{ employment_type: 'FIXED_TERM' }, 'PERSON.INVALID_EMPLOYMENT'],
    [{ security_clearance: 'TOP' }, 'PERSON.UNKNOWN_CLEARANCE'],
  ])('refuses %p with %s, the rule the service applies', async (overrides, code) => {
    await expect(plan(feed(overrides))).rejects.toThrow(ImportRowError);
    await expect(plan(feed(overrides))).rejects.toMatchObject({ code });
  });
});
