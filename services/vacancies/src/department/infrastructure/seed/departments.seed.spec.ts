import { DEPARTMENT_CODE } from '../../domain/department';
import { DEPARTMENTS_SEED } from './departments.seed';

describe('DEPARTMENTS_SEED', () => {
  const count = (type: string) => DEPARTMENTS_SEED.filter((department) => department.type === type).length;

  it('has the 24 ministerial and the 20 non-ministerial departments', () => {
    expect(count('MINISTERIAL_DEPARTMENT')).toBe(24);
    expect(count('NON_MINISTERIAL_DEPARTMENT')).toBe(20);
  });

  it('has well-formed codes, unique in any case, and names', () => {
    const codes = DEPARTMENTS_SEED.map((department) => department.code);
    expect(codes.filter((code) => !DEPARTMENT_CODE.test(code))).toEqual([]);
    expect(new Set(codes.map((code) => code.toLowerCase())).size).toBe(codes.length);
    expect(DEPARTMENTS_SEED.every((department) => department.name.length > 0)).toBe(true);
  });

  it('lists every parent before its children, as the migration inserts them', () => {
    const seen = new Set<string>();
    for (const department of DEPARTMENTS_SEED) {
      if (department.parentCode !== null) expect(seen).toContain(department.parentCode);
      seen.add(department.code);
    }
  });

  it('knows every department the demo, the tests and the generator name', () => {
    const codes = new Set(DEPARTMENTS_SEED.map((department) => department.code));
    const named = [
      'DWP',
      'HMRC',
      'DSIT',
      'CO',
      'HMT',
      'MOJ',
      'HO',
      'DfE',
      'DHSC',
      'DEFRA',
      'SG',
      'WG',
      'MOD',
    ];
    expect(named.filter((code) => !codes.has(code))).toEqual([]);
  });
});
