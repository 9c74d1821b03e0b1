import { Skill } from '../domain/reference-data.types';
import { MAX_SKILLS_PAGE, searchSkills } from './search-skills';

const skill = (code: string, name: string, framework = 'DDAT'): Skill => ({
  code,
  name,
  kind: 'SKILL',
  framework,
});
const LIBRARY = [
  skill('DDAT.DATA_ENGINEERING.METADATA_MANAGEMENT', 'Metadata management'),
  skill('DDAT.DATA_SCIENCE.DATA_MODELLING', 'Data modelling'),
  skill('DDAT.USER_RESEARCH.RESEARCH', 'Research'),
  skill('GSS.STATISTICS.SURVEY_DESIGN', 'Survey design', 'GSS'),
];
const codes = (skills: Skill[]) => skills.map((found) => found.code);

describe('searchSkills', () => {
  it('finds by name or code, case-insensitively, starts of names and codes first', () => {
    expect(codes(searchSkills(LIBRARY, { search: 'DATA' }))).toEqual([
      'DDAT.DATA_SCIENCE.DATA_MODELLING',
      'DDAT.DATA_ENGINEERING.METADATA_MANAGEMENT',
    ]);
    expect(codes(searchSkills(LIBRARY, { search: 'user_research' }))).toEqual([
      'DDAT.USER_RESEARCH.RESEARCH',
    ]);
    expect(codes(searchSkills(LIBRARY, { search: 'survey design' }))).toEqual([
      'GSS.STATISTICS.SURVEY_DESIGN',
    ]);
  });

  it('filters by framework', () => {
    expect(codes(searchSkills(LIBRARY, { framework: 'gss' }))).toEqual(['GSS.STATISTICS.SURVEY_DESIGN']);
  });

  it('returns everything in code order without a search, bounded by first and by the maximum page', () => {
    expect(codes(searchSkills(LIBRARY, { first: 2 }))).toEqual([
      'DDAT.DATA_ENGINEERING.METADATA_MANAGEMENT',
      'DDAT.DATA_SCIENCE.DATA_MODELLING',
    ]);
    const many = Array.from({ length: 300 }, (_, index) => skill(`X.S.S${index}`, `Skill ${index}`, 'XX'));
    expect(searchSkills(many, { first: 10_000 })).toHaveLength(MAX_SKILLS_PAGE);
  });
});
