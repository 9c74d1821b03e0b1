import { ReferenceDataRuleViolation } from './reference-data.errors';
import {
  byRank,
  checkGradeLadder,
  checkMinimumAssignmentMonths,
  newProfession,
  newSkill,
  newSpecialistTrack,
} from './reference-data.rules';
import { Grade, Skill } from './reference-data.types';

const GRADES: Grade[] = ['AA', 'AO', 'EO', 'HEO', 'SEO', 'G7', 'G6', 'SCS1'].map((code, index) => ({
  code,
  name: code,
  rank: index + 1,
}));

function violation(work: () => unknown): string | undefined {
  try {
    work();
  } catch (error) {
    if (error instanceof ReferenceDataRuleViolation) return error.code;
    throw error;
  }
  return undefined;
}

describe('reference data rules', () => {
  it('orders by rank, lowest first, whatever order they came in', () => {
    expect(byRank([...GRADES].reverse()).map((grade) => grade.code)).toEqual(
      GRADES.map((grade) => grade.code),
    );
  });

  it('accepts a ladder climbing one grade at a time', () => {
    expect(checkGradeLadder(['HEO', 'SEO', 'G7', 'G6', 'SCS1'], GRADES)).toEqual([
      'HEO',
      'SEO',
      'G7',
      'G6',
      'SCS1',
    ]);
  });

  it.each([
    [['HEO', 'G7'], 'REFERENCE_DATA.LADDER_NOT_CONSECUTIVE'],
    [['SEO', 'HEO'], 'REFERENCE_DATA.LADDER_NOT_CONSECUTIVE'],
    [['HEO', 'HEO'], 'REFERENCE_DATA.LADDER_NOT_CONSECUTIVE'],
    [['HEO', 'G8'], 'REFERENCE_DATA.UNKNOWN_GRADE'],
    [[], 'REFERENCE_DATA.UNKNOWN_GRADE'],
  ])('refuses the ladder %j: %s', (ladder, code) => {
    expect(violation(() => checkGradeLadder(ladder, GRADES))).toBe(code);
  });

  it.each([0, 121, 12.5, Number.NaN])('refuses %p months as a minimum assignment', (months) => {
    expect(violation(() => checkMinimumAssignmentMonths(months))).toBe(
      'REFERENCE_DATA.MINIMUM_MONTHS_OUT_OF_RANGE',
    );
  });

  it('trims a profession name and checks its group', () => {
    expect(newProfession('  Veterinary ', 'SPECIALIST')).toEqual({ name: 'Veterinary', group: 'SPECIALIST' });
    expect(violation(() => newProfession('Veterinary', 'CLINICAL'))).toBe(
      'REFERENCE_DATA.UNKNOWN_PROFESSION_GROUP',
    );
    expect(violation(() => newProfession('   ', 'SPECIALIST'))).toBe(
      'REFERENCE_DATA.INVALID_PROFESSION_NAME',
    );
  });

  const skill: Skill = {
    code: 'DDAT.DATA_SCIENCE.DATA_MODELLING',
    name: 'Data modelling',
    kind: 'SKILL',
    framework: 'DDAT',
    role: 'Data scientist',
  };

  it('accepts a skill with a dotted upper-case code', () => {
    expect(newSkill(skill)).toEqual(skill);
  });

  it.each([
    [{ code: 'ddat.data_science.x' }, 'REFERENCE_DATA.INVALID_SKILL_CODE'],
    [{ code: 'DATA_MODELLING' }, 'REFERENCE_DATA.INVALID_SKILL_CODE'],
    [{ framework: 'ddat' }, 'REFERENCE_DATA.INVALID_FRAMEWORK'],
    [{ kind: 'BEHAVIOUR' as const }, 'REFERENCE_DATA.BEHAVIOUR_CODE_MISMATCH'],
    [{ code: 'BEHAVIOUR.LEADERSHIP' }, 'REFERENCE_DATA.BEHAVIOUR_CODE_MISMATCH'],
    [{ name: ' ' }, 'REFERENCE_DATA.NAME_REQUIRED'],
  ])('refuses the skill %j: %s', (change, code) => {
    expect(violation(() => newSkill({ ...skill, ...change }))).toBe(code);
  });

  it('checks a new track: code, ladder and minimum months', () => {
    const track = {
      code: 'GSS.DATA_SCIENCE',
      profession: 'Statistics',
      specialism: 'Statistical data science',
      gradeLadder: ['SEO', 'G7'],
      minimumAssignmentMonths: 24,
    };
    expect(newSpecialistTrack(track, GRADES)).toEqual(track);
    expect(violation(() => newSpecialistTrack({ ...track, code: 'gss data' }, GRADES))).toBe(
      'REFERENCE_DATA.INVALID_TRACK_CODE',
    );
    expect(violation(() => newSpecialistTrack({ ...track, minimumAssignmentMonths: 0 }, GRADES))).toBe(
      'REFERENCE_DATA.MINIMUM_MONTHS_OUT_OF_RANGE',
    );
  });
});
