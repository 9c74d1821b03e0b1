import {
  GradeReference,
  ReferenceDataCatalog,
  SpecialistTrackReference,
} from '../../reference-data/application/reference-data.catalog';
import { TenurePolicyProvider, TenureSettings } from '../application/tenure/tenure-policy.provider';

/** A small fixed catalogue for person specs (the reference-data module provides the real one). */
export class InMemoryReferenceData extends ReferenceDataCatalog {
  readonly gradeList: GradeReference[] = [
    'AA',
    'AO',
    'EO',
    'HEO',
    'SEO',
    'G7',
    'G6',
    'SCS1',
    'SCS2',
    'SCS3',
    'SCS4',
  ].map((code, index) => ({
    code,
    name: code,
    rank: index + 1,
    ...(code === 'SCS1' || code === 'SCS2' ? { minimumAssignmentMonths: 36 } : {}),
  }));
  readonly professions = new Set([
    'Digital, Data and Technology',
    'Operational Delivery',
    'Legal',
    'Statistics',
    'Economics',
  ]);
  readonly skills = new Set([
    'DDAT.DATA_SCIENCE.DATA_MODELLING',
    'DDAT.DATA_SCIENCE.PROGRAMMING_AND_BUILD',
    'DDAT.DATA_ENGINEERING.DATA_MODELLING',
  ]);
  readonly tracks = new Map<string, SpecialistTrackReference>([
    [
      'DDAT.DATA_SCIENCE',
      {
        code: 'DDAT.DATA_SCIENCE',
        profession: 'Digital, Data and Technology',
        specialism: 'Data science',
        gradeLadder: ['HEO', 'SEO', 'G7', 'G6', 'SCS1'],
        minimumAssignmentMonths: 24,
      },
    ],
  ]);

  async grades() {
    return this.gradeList;
  }
  async professionNames() {
    return this.professions;
  }
  async unknownSkillCodes(codes: readonly string[]) {
    return codes.filter((code) => !this.skills.has(code));
  }
  async clearanceLevels() {
    return ['BPSS', 'CTC', 'SC', 'DV'];
  }
  async specialistTrack(code: string) {
    return this.tracks.get(code) ?? null;
  }
}

export const tenureSettings = (defaultMinimumAssignmentMonths = 12): TenureSettings => ({
  defaultMinimumAssignmentMonths,
});

export function tenurePolicyProvider(catalog = new InMemoryReferenceData(), months = 12) {
  return new TenurePolicyProvider(catalog, tenureSettings(months));
}
