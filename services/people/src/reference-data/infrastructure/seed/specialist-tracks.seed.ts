import { SpecialistTrack } from '../../domain/reference-data.types';

// Our default minimum expected assignment on a specialist track (DOMAIN.md: 36 months, configurable per track);
// not published policy, so updateSpecialistTrack changes it per track.
const DEFAULT_TRACK_MONTHS = 36;

export const SPECIALIST_TRACKS_SEED: SpecialistTrack[] = [
  {
    code: 'DDAT.DATA_SCIENCE',
    profession: 'Digital, Data and Technology',
    specialism: 'Data science',
    gradeLadder: ['HEO', 'SEO', 'G7', 'G6', 'SCS1'],
    minimumAssignmentMonths: DEFAULT_TRACK_MONTHS,
  },
  {
    code: 'DDAT.DATA_ENGINEERING',
    profession: 'Digital, Data and Technology',
    specialism: 'Data engineering',
    gradeLadder: ['EO', 'HEO', 'SEO', 'G7', 'G6'],
    minimumAssignmentMonths: DEFAULT_TRACK_MONTHS,
  },
  {
    code: 'DDAT.USER_RESEARCH',
    profession: 'Digital, Data and Technology',
    specialism: 'User research',
    gradeLadder: ['HEO', 'SEO', 'G7', 'G6'],
    minimumAssignmentMonths: DEFAULT_TRACK_MONTHS,
  },
  {
    code: 'DDAT.SOFTWARE_DEVELOPMENT',
    profession: 'Digital, Data and Technology',
    specialism: 'Software development',
    gradeLadder: ['EO', 'HEO', 'SEO', 'G7', 'G6'],
    minimumAssignmentMonths: DEFAULT_TRACK_MONTHS,
  },
  {
    code: 'GES.ECONOMICS',
    profession: 'Economics',
    specialism: 'Economics (Government Economic Service)',
    gradeLadder: ['HEO', 'SEO', 'G7', 'G6', 'SCS1'],
    minimumAssignmentMonths: DEFAULT_TRACK_MONTHS,
  },
  {
    code: 'GSS.STATISTICS',
    profession: 'Statistics',
    specialism: 'Statistics (Government Statistical Service)',
    gradeLadder: ['HEO', 'SEO', 'G7', 'G6', 'SCS1'],
    minimumAssignmentMonths: DEFAULT_TRACK_MONTHS,
  },
  {
    code: 'GORS.OPERATIONAL_RESEARCH',
    profession: 'Operational Research',
    specialism: 'Operational research (Government Operational Research Service)',
    gradeLadder: ['HEO', 'SEO', 'G7', 'G6', 'SCS1'],
    minimumAssignmentMonths: DEFAULT_TRACK_MONTHS,
  },
  {
    code: 'GSR.SOCIAL_RESEARCH',
    profession: 'Social Research',
    specialism: 'Social research (Government Social Research)',
    gradeLadder: ['HEO', 'SEO', 'G7', 'G6', 'SCS1'],
    minimumAssignmentMonths: DEFAULT_TRACK_MONTHS,
  },
];
