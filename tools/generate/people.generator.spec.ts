import { parseImportRow } from '../../services/people/src/person-import/import-row.parser';
import { ImportReference } from '../../services/people/src/person-import/import-reference';
import { planRow } from '../../services/people/src/person-import/person-import.plan';
import { inMemoryReferenceDataCatalog } from '../../services/people/src/reference-data/testing/in-memory-reference-data';
import { DEPARTMENTS_SEED } from '../../services/vacancies/src/department/infrastructure/seed/departments.seed';
import { GRADE_BANDS } from './civil-service.figures';
import { csvLine, GeneratedPerson, generatePeople, organisations } from './people.generator';

const SIZE = 40_000;
const people: GeneratedPerson[] = [...generatePeople({ people: SIZE, seed: 42 })];
const share = (test: (person: GeneratedPerson) => boolean) => people.filter(test).length / SIZE;
const bandOf = new Map(
  GRADE_BANDS.flatMap(({ band, grades }) => grades.map(([grade]) => [grade, band] as const)),
);
const totalFte = GRADE_BANDS.reduce((sum, band) => sum + band.fte, 0);

describe('generatePeople', () => {
  it('is deterministic for a seed, and another seed gives another civil service', () => {
    const again = [...generatePeople({ people: 500, seed: 42 })].map((person) => csvLine(person.cells));
    expect(again).toEqual(people.slice(0, 500).map((person) => csvLine(person.cells)));
    const other = [...generatePeople({ people: 500, seed: 43 })].map((person) => csvLine(person.cells));
    expect(other).not.toEqual(again);
  });

  it.each(GRADE_BANDS.map((band) => [band.band, band.fte]))(
    'gives grade band %s its published share of the civil service (within 1 point)',
    (band, fte) => {
      expect(
        Math.abs(share((person) => bandOf.get(person.cells.grade) === band) - fte / totalFte),
      ).toBeLessThan(0.01);
    },
  );

  it('makes about 3.3% DDaT (within half a point)', () => {
    expect(
      Math.abs(share((person) => person.cells.profession === 'Digital, Data and Technology') - 0.033),
    ).toBeLessThan(0.005);
  });

  it('has departments of very different sizes and a long tail of small bodies, every one a known department', () => {
    const known = new Set(DEPARTMENTS_SEED.map((department) => department.code));
    expect(
      organisations()
        .map((organisation) => organisation.code)
        .sort(),
    ).toEqual([...known].sort());
    const dwp = share((person) => person.organisation === 'DWP');
    const dsit = share((person) => person.organisation === 'DSIT');
    expect(dwp).toBeGreaterThan(0.12);
    expect(dsit).toBeLessThan(0.01);
    expect(dwp / dsit).toBeGreaterThan(20);
    expect(new Set(people.map((person) => person.organisation)).size).toBeGreaterThan(known.size * 0.95);
  });

  it('gives unique staff numbers and work emails', () => {
    expect(new Set(people.map((person) => person.cells.staff_number)).size).toBe(SIZE);
    expect(new Set(people.map((person) => person.cells.work_email)).size).toBe(SIZE);
  });

  it('puts specialists on tracks and gives DDaT people framework skills', () => {
    expect(share((person) => person.cells.specialist_track_code !== '')).toBeGreaterThan(0.003);
    const ddat = people.filter((person) => person.cells.profession === 'Digital, Data and Technology');
    expect(ddat.every((person) => person.cells.skills.startsWith('DDAT.'))).toBe(true);
    expect(share((person) => person.cells.open_to_move === 'true')).toBeGreaterThan(0.15);
  });

  it('writes rows the import accepts: every one passes the person rules and the reference data', async () => {
    const now = new Date('2026-11-24T10:00:00Z');
    const reference = await ImportReference.load(inMemoryReferenceDataCatalog({ now: () => now }), 12);
    const rows = people.slice(0, 5_000).map((person, index) => parseImportRow(person.cells, index + 2));
    await reference.prepare(rows);
    for (const row of rows)
      expect(() =>
        planRow(row, undefined, '0190f6a2-1111-7000-8000-000000000001', now, reference),
      ).not.toThrow();
  });
});
