import { DEPARTMENTS_SEED } from '../../services/vacancies/src/department/infrastructure/seed/departments.seed';
import { establishmentEntry } from '../../services/vacancies/src/department/domain/establishment';
import { GRADES } from '../../services/vacancies/src/vacancy/domain/grade';
import {
  generateEstablishment,
  MAXIMUM_OVER_STAFFING,
  MAXIMUM_VACANCY_RATE,
} from './establishment.generator';
import { GeneratedPerson, generatePeople } from './people.generator';

const people: GeneratedPerson[] = [...generatePeople({ people: 20_000, seed: 7 })];
const lines = generateEstablishment(people, { seed: 7 });
const key = (line: { departmentCode: string; profession: string; grade: string }) =>
  `${line.departmentCode}/${line.profession}/${line.grade}`;
const peopleFte = new Map<string, number>();
for (const { cells } of people) {
  const line = key({
    departmentCode: cells.department_code,
    profession: cells.profession,
    grade: cells.grade,
  });
  peopleFte.set(line, (peopleFte.get(line) ?? 0) + Number(cells.fte));
}

describe('generateEstablishment', () => {
  it('has one line per department x profession x grade that has people, and no other', () => {
    expect(lines.map(key).sort()).toEqual([...peopleFte.keys()].sort());
  });

  it('funds each line at its people FTE plus 0-12%, or up to 8% below it', () => {
    for (const line of lines) {
      const fte = peopleFte.get(key(line))!;
      // A hundredth either way for rounding.
      expect(line.fte).toBeGreaterThanOrEqual(Math.max(0.01, fte * (1 - MAXIMUM_OVER_STAFFING) - 0.01));
      expect(line.fte).toBeLessThanOrEqual(fte * (1 + MAXIMUM_VACANCY_RATE) + 0.01);
    }
  });

  it('over-staffs about one line in ten, and funds more posts than people overall', () => {
    const overStaffed = lines.filter((line) => line.fte < peopleFte.get(key(line))! - 0.005).length;
    expect(overStaffed / lines.length).toBeGreaterThan(0.05);
    expect(overStaffed / lines.length).toBeLessThan(0.15);
    const funded = lines.reduce((sum, line) => sum + line.fte, 0);
    const inPost = [...peopleFte.values()].reduce((sum, fte) => sum + fte, 0);
    expect(funded / inPost).toBeGreaterThan(1.02);
    expect(funded / inPost).toBeLessThan(1.12);
  });

  it('writes lines setEstablishment would accept, for departments vacancies knows', () => {
    const known = new Set(DEPARTMENTS_SEED.map((department) => department.code));
    expect(lines.filter((line) => !known.has(line.departmentCode))).toEqual([]);
    for (const line of lines) expect(establishmentEntry(line, GRADES)).toEqual(line);
    expect(new Set(lines.map((line) => line.effectiveFrom))).toEqual(new Set(['2026-04-01']));
  });

  it('is deterministic for a seed whatever order the people come in, and another seed differs', () => {
    expect(generateEstablishment([...people].reverse(), { seed: 7 })).toEqual(lines);
    expect(generateEstablishment(people, { seed: 8 })).not.toEqual(lines);
  });
});
