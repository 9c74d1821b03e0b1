import { Grade } from '../../domain/reference-data.types';

// Civil service grades, lowest first. SCS1 and SCS2: a minimum expected assignment of three years, published
// policy since July 2022 (Cabinet Office, SCS tenure); other grades take the configured default.
export const GRADES_SEED: Grade[] = [
  { code: 'AA', name: 'Administrative Assistant', rank: 1 },
  { code: 'AO', name: 'Administrative Officer', rank: 2 },
  { code: 'EO', name: 'Executive Officer', rank: 3 },
  { code: 'HEO', name: 'Higher Executive Officer', rank: 4 },
  { code: 'SEO', name: 'Senior Executive Officer', rank: 5 },
  { code: 'G7', name: 'Grade 7', rank: 6 },
  { code: 'G6', name: 'Grade 6', rank: 7 },
  { code: 'SCS1', name: 'Deputy Director', rank: 8, minimumAssignmentMonths: 36 },
  { code: 'SCS2', name: 'Director', rank: 9, minimumAssignmentMonths: 36 },
  { code: 'SCS3', name: 'Director General', rank: 10 },
  { code: 'SCS4', name: 'Permanent Secretary', rank: 11 },
];
