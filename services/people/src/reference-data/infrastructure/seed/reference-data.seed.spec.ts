import { newProfession, newSkill, newSpecialistTrack } from '../../domain/reference-data.rules';
import { REFERENCE_DATA_SEED } from '.';

const { grades, professions, skills, clearanceLevels, specialistTracks } = REFERENCE_DATA_SEED;

// The seed is version 1 of every database: it must pass the rules HR_ADMIN's additions pass.
describe('reference data seed', () => {
  it('has the 28 government professions in their four groups, unique', () => {
    expect(professions).toHaveLength(28);
    expect(new Set(professions.map((profession) => profession.name.toLowerCase())).size).toBe(28);
    for (const profession of professions)
      expect(newProfession(profession.name, profession.group)).toEqual(profession);
  });

  it('has every profession the demo data and tests use', () => {
    const names = new Set(professions.map((profession) => profession.name));
    const used = [
      'Digital, Data and Technology',
      'Economics',
      'Legal',
      'Operational Delivery',
      'Policy',
      'Project Delivery',
      'Science and Engineering',
      'Statistics',
      'Tax',
      'Social Research',
      'Operational Research',
    ];
    expect(used.filter((name) => !names.has(name))).toEqual([]);
  });

  it('has valid, unique skill codes, the DDaT roles and the nine behaviours', () => {
    for (const skill of skills) expect(newSkill(skill)).toEqual(skill);
    expect(new Set(skills.map((skill) => skill.code)).size).toBe(skills.length);
    expect(skills.map((skill) => skill.code)).toContain('DDAT.DATA_SCIENCE.DATA_MODELLING');
    const behaviours = skills.filter((skill) => skill.kind === 'BEHAVIOUR');
    expect(behaviours.map((skill) => skill.code)).toEqual([
      'BEHAVIOUR.SEEING_THE_BIG_PICTURE',
      'BEHAVIOUR.CHANGING_AND_IMPROVING',
      'BEHAVIOUR.MAKING_EFFECTIVE_DECISIONS',
      'BEHAVIOUR.LEADERSHIP',
      'BEHAVIOUR.COMMUNICATING_AND_INFLUENCING',
      'BEHAVIOUR.WORKING_TOGETHER',
      'BEHAVIOUR.DEVELOPING_SELF_AND_OTHERS',
      'BEHAVIOUR.MANAGING_A_QUALITY_SERVICE',
      'BEHAVIOUR.DELIVERING_AT_PACE',
    ]);
    const roles = new Set(skills.filter((skill) => skill.framework === 'DDAT').map((skill) => skill.role));
    for (const role of [
      'Data scientist',
      'Data engineer',
      'User researcher',
      'Software developer',
      'Service owner',
    ])
      expect(roles).toContain(role);
  });

  it('has grades ranked 1 to 11 and clearance levels BPSS < CTC < SC < DV', () => {
    expect(grades.map((grade) => grade.rank)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(clearanceLevels.map((level) => `${level.rank}:${level.code}`)).toEqual([
      '1:BPSS',
      '2:CTC',
      '3:SC',
      '4:DV',
    ]);
  });

  it('has tracks on known professions, with valid ladders and 36 months by default', () => {
    const names = new Set(professions.map((profession) => profession.name));
    for (const track of specialistTracks) {
      expect(newSpecialistTrack(track, grades)).toEqual(track);
      expect(names).toContain(track.profession);
      expect(track.minimumAssignmentMonths).toBe(36);
    }
  });
});
