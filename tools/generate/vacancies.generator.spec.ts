import { REFERENCE_DATA_SEED } from '../../services/people/src/reference-data/infrastructure/seed';
import { DDAT, PROFESSION_WEIGHTS } from './civil-service.figures';
import { vacancyCsvLine } from './load-vacancies';
import { organisations } from './people.generator';
import { GeneratedVacancy, generateVacancies } from './vacancies.generator';

const AS_OF = '2026-11-01';
const vacancies: GeneratedVacancy[] = [
  ...generateVacancies({
    open: 3000,
    closed: 2000,
    overdue: 100,
    drafts: 50,
    cancelled: 50,
    seed: 7,
    asOf: AS_OF,
  }),
];
const open = vacancies.slice(0, 3000);
const share = (list: GeneratedVacancy[], test: (vacancy: GeneratedVacancy) => boolean) =>
  list.filter(test).length / list.length;

describe('generateVacancies', () => {
  it('is deterministic for a seed, and another seed gives other vacancies', () => {
    const again = [...generateVacancies({ open: 200, closed: 0, seed: 7, asOf: AS_OF })];
    expect(again).toEqual(open.slice(0, 200));
    expect([...generateVacancies({ open: 200, closed: 0, seed: 8, asOf: AS_OF })]).not.toEqual(again);
  });

  it('makes as many of each status as asked, with unique ids', () => {
    const count = (status: string) => vacancies.filter((vacancy) => vacancy.status === status).length;
    expect(count('OPEN')).toBe(3100);
    expect(count('CLOSED') + count('FILLED')).toBe(2000);
    expect(count('DRAFT')).toBe(50);
    expect(count('CANCELLED')).toBe(50);
    expect(new Set(vacancies.map((vacancy) => vacancy.id)).size).toBe(vacancies.length);
  });

  it('keeps open vacancies open from today on, overdue ones past their closing date, closed ones in the past', () => {
    expect(
      open.every((vacancy) => vacancy.closingDate >= AS_OF && vacancy.publishedAt! <= `${AS_OF}T00:00`),
    ).toBe(true);
    const overdue = vacancies.slice(5000, 5100);
    expect(overdue.every((vacancy) => vacancy.status === 'OPEN' && vacancy.closingDate < AS_OF)).toBe(true);
    const closed = vacancies.slice(3000, 5000);
    expect(closed.every((vacancy) => vacancy.closingDate < AS_OF && vacancy.closedAt !== undefined)).toBe(
      true,
    );
    expect(vacancies.filter((vacancy) => vacancy.status === 'DRAFT').every((v) => !v.publishedAt)).toBe(true);
  });

  it("advertises in the generated civil service's organisations and professions, at every grade", () => {
    const codes = new Set(organisations().map((organisation) => organisation.code));
    const professions = new Set([DDAT, ...PROFESSION_WEIGHTS.map(([name]) => name)]);
    expect(
      vacancies.every((vacancy) => codes.has(vacancy.departmentCode) && professions.has(vacancy.profession)),
    ).toBe(true);
    expect(share(open, (vacancy) => vacancy.departmentCode === 'DWP')).toBeGreaterThan(0.05);
    expect(share(open, (vacancy) => vacancy.profession === DDAT)).toBeGreaterThan(0.06);
    expect(new Set(open.map((vacancy) => vacancy.grade)).size).toBeGreaterThanOrEqual(10);
  });

  it('asks for reference-data skills and Success Profiles behaviours by name', () => {
    const skills = new Set(REFERENCE_DATA_SEED.skills.map((skill) => skill.code));
    const behaviours = new Set(
      REFERENCE_DATA_SEED.skills.filter((skill) => skill.kind === 'BEHAVIOUR').map((skill) => skill.name),
    );
    expect(vacancies.every((vacancy) => vacancy.skillCodes.every((code) => skills.has(code)))).toBe(true);
    expect(vacancies.every((vacancy) => vacancy.behaviours.every((name) => behaviours.has(name)))).toBe(true);
    expect(
      share(
        open.filter((v) => v.profession === DDAT),
        (v) => v.skillCodes.length >= 2,
      ),
    ).toBe(1);
  });

  it('keeps the rules of each kind of move: loans over 24 months justified, secondments in up to 9, hours for short assignments', () => {
    for (const vacancy of vacancies) {
      if (vacancy.moveKinds.includes('LOAN') && vacancy.durationMonths! > 24)
        expect(vacancy.loanJustification).toBeDefined();
      if (vacancy.moveKinds.includes('SECONDMENT_IN')) expect(vacancy.durationMonths).toBeLessThanOrEqual(9);
      if (vacancy.moveKinds.includes('SHORT_ASSIGNMENT')) expect(vacancy.hoursPerWeek).toBeGreaterThan(0);
    }
    expect(share(open, (vacancy) => vacancy.visibility === 'OWN_DEPARTMENT')).toBeGreaterThan(0.1);
    expect(share(open, (vacancy) => vacancy.remotePossible)).toBeGreaterThan(0.15);
  });

  it('writes titles and descriptions full-text search finds things in', () => {
    expect(share(open, (vacancy) => /analyst/i.test(vacancy.title))).toBeGreaterThan(0.01);
    expect(
      share(open, (vacancy) => /policy/i.test(`${vacancy.title} ${vacancy.description}`)),
    ).toBeGreaterThan(0.05);
    expect(open.every((vacancy) => vacancy.title.length <= 200 && vacancy.description.length > 100)).toBe(
      true,
    );
  });

  it('writes a COPY line with quoted arrays and NULL for what is absent', () => {
    const line = vacancyCsvLine({
      ...open[0],
      specialism: undefined,
      behaviours: ['Seeing the Big Picture'],
    });
    expect(line).toContain('"{""Seeing the Big Picture""}"');
    expect(line).toContain(`"${open[0].title}",`);
    expect(line.endsWith('\n')).toBe(true);
  });
});
